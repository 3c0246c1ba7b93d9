package qc.logbook.reference;

/**
 * The eighteen health and social services regions of Québec (régions sociosanitaires), with their official
 * numbers. They differ from the administrative regions: 04 covers Mauricie and Centre-du-Québec, and 17 and 18 are
 * Nunavik and the Cree territory of James Bay.
 */
public enum HealthRegion implements Labelled {
    BAS_SAINT_LAURENT("Bas-Saint-Laurent", "Bas-Saint-Laurent", "01"),
    SAGUENAY_LAC_SAINT_JEAN("Saguenay–Lac-Saint-Jean", "Saguenay–Lac-Saint-Jean", "02"),
    CAPITALE_NATIONALE("Capitale-Nationale (Québec)", "Capitale-Nationale (Québec City)", "03"),
    MAURICIE_ET_CENTRE_DU_QUEBEC("Mauricie-et-Centre-du-Québec", "Mauricie and Centre-du-Québec", "04"),
    ESTRIE("Estrie", "Eastern Townships (Estrie)", "05"),
    MONTREAL("Montréal", "Montréal", "06"),
    OUTAOUAIS("Outaouais", "Outaouais", "07"),
    ABITIBI_TEMISCAMINGUE("Abitibi-Témiscamingue", "Abitibi-Témiscamingue", "08"),
    COTE_NORD("Côte-Nord", "Côte-Nord", "09"),
    NORD_DU_QUEBEC("Nord-du-Québec", "Nord-du-Québec", "10"),
    GASPESIE_ILES_DE_LA_MADELEINE("Gaspésie–Îles-de-la-Madeleine", "Gaspésie–Îles-de-la-Madeleine", "11"),
    CHAUDIERE_APPALACHES("Chaudière-Appalaches", "Chaudière-Appalaches", "12"),
    LAVAL("Laval", "Laval", "13"),
    LANAUDIERE("Lanaudière", "Lanaudière", "14"),
    LAURENTIDES("Laurentides", "Laurentides", "15"),
    MONTEREGIE("Montérégie", "Montérégie", "16"),
    NUNAVIK("Nunavik", "Nunavik", "17"),
    TERRES_CRIES_DE_LA_BAIE_JAMES("Terres-Cries-de-la-Baie-James", "Cree Territory of James Bay", "18");

    private final String labelFr;
    private final String labelEn;
    private final String number;

    HealthRegion(String labelFr, String labelEn, String number) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.number = number;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The official two-digit region number ("18" for the Cree Territory of James Bay). */
    public String number() {
        return number;
    }
}
