/** The tableau de bord of coordinators, evaluators and workers: the referral breakdown as charts, tables and a bilan. */
package qc.logbook.dashboard.web;
