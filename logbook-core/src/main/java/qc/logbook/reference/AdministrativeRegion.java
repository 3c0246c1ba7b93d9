package qc.logbook.reference;

/** The seventeen administrative regions of Québec, with their official numbers. */
public enum AdministrativeRegion implements Labelled {
    BAS_SAINT_LAURENT("01", "Bas-Saint-Laurent", "Bas-Saint-Laurent"),
    SAGUENAY_LAC_SAINT_JEAN("02", "Saguenay–Lac-Saint-Jean", "Saguenay–Lac-Saint-Jean"),
    CAPITALE_NATIONALE("03", "Capitale-Nationale", "Capitale-Nationale"),
    MAURICIE("04", "Mauricie", "Mauricie"),
    ESTRIE("05", "Estrie", "Eastern Townships (Estrie)"),
    MONTREAL("06", "Montréal", "Montréal"),
    OUTAOUAIS("07", "Outaouais", "Outaouais"),
    ABITIBI_TEMISCAMINGUE("08", "Abitibi-Témiscamingue", "Abitibi-Témiscamingue"),
    COTE_NORD("09", "Côte-Nord", "Côte-Nord"),
    NORD_DU_QUEBEC("10", "Nord-du-Québec", "Nord-du-Québec"),
    GASPESIE_ILES_DE_LA_MADELEINE("11", "Gaspésie–Îles-de-la-Madeleine", "Gaspésie–Îles-de-la-Madeleine"),
    CHAUDIERE_APPALACHES("12", "Chaudière-Appalaches", "Chaudière-Appalaches"),
    LAVAL("13", "Laval", "Laval"),
    LANAUDIERE("14", "Lanaudière", "Lanaudière"),
    LAURENTIDES("15", "Laurentides", "Laurentides"),
    MONTEREGIE("16", "Montérégie", "Montérégie"),
    CENTRE_DU_QUEBEC("17", "Centre-du-Québec", "Centre-du-Québec");

    private final String number;
    private final String labelFr;
    private final String labelEn;

    AdministrativeRegion(String number, String labelFr, String labelEn) {
        this.number = number;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The official two-digit region number ("12" for Chaudière-Appalaches). */
    public String number() {
        return number;
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
