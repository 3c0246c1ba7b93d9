/** Messages of the practice repository: the practice form, its taxonomies, commands, events and queries. */
package qc.logbook.practice.api;
