/** The evaluators' page of research exports: start a de-identified export, download it, verify a file. */
package qc.logbook.export.web;
