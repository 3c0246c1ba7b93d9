/** The account pages: admins manage accounts and read the account journal; every user sees and secures their own. */
package qc.logbook.security.web;
