/**
 * The journal de bord's REST API: recording an intervention and its follow-ups, its lists and the referral
 * breakdown. {@link qc.logbook.intervention.rest.InterventionOperations} is the one path to the commands, shared with
 * the pages; no other feature uses this package.
 */
package qc.logbook.intervention.rest;
