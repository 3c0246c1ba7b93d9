package qc.logbook.intervention.web;

/** Answered with the "page not found" page: also what another territory's intervention looks like. */
public class PageNotFoundException extends RuntimeException {

    PageNotFoundException() {
        super("page not found", null, false, false);
    }
}
