/** What every page shares: the reader's language, the page frame, sign-in and the home page. */
package qc.logbook.pages;
