/** Domain building blocks shared by every feature: rule violations and text rules. */
package qc.logbook.domain;
