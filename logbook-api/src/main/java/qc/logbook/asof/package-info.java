/**
 * Point-in-time reads: the referral breakdown and the funding table "as of" an instant, folded by the application from
 * the events (with the read models' own handlers) and answered by the projections on what was folded. The breakdown
 * folds from in-memory checkpoints of its cells (see docs/decisions/0029-point-in-time-reads.md).
 */
package qc.logbook.asof;
