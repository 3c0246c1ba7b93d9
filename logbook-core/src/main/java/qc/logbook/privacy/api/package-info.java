/** Messages of personal-data erasure (crypto-shredding). */
package qc.logbook.privacy.api;
