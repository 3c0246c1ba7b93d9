package qc.logbook.reference;

import java.util.Objects;

/**
 * A territory where community support is organised: a regional county municipality (MRC) or an equivalent territory
 * (a city such as Lévis). Identified by a stable upper-case code.
 */
public record Territory(String code, AdministrativeRegion region, String labelFr, String labelEn) implements Labelled {

    public Territory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelEn, "labelEn");
    }
}
