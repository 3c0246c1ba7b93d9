/**
 * Messages of the local extended teams (ÉLÉ) and of project funding: commands, events, queries, typed identifiers and
 * value objects such as {@link qc.logbook.ele.api.Money}.
 */
package qc.logbook.ele.api;
