package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 3 of the practice form: the housing tenure where the practice takes place. "Plusieurs tenures" is the
 * choice for inter-tenure practices, which the form asks to specify.
 */
public enum PracticeTenure implements Labelled {
    OBNL("OBNL", "Non-profit housing (OBNL)"),
    HLM("HLM", "Public housing (HLM)"),
    COOP("COOP", "Housing co-operative (COOP)"),
    SEVERAL("Plusieurs tenures", "Several tenures");

    private final String labelFr;
    private final String labelEn;

    PracticeTenure(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
