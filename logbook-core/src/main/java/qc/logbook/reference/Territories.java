package qc.logbook.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The territories known to the logbook. Initial data: the MRC and equivalent territories of Chaudière-Appalaches named
 * in the regional community-support agreements (2008–2016).
 */
public final class Territories {

    private static final AdministrativeRegion CA = AdministrativeRegion.CHAUDIERE_APPALACHES;

    private static final Map<String, Territory> BY_CODE;

    static {
        Map<String, Territory> map = new LinkedHashMap<>();
        for (Territory t : List.of(
                new Territory("LES-APPALACHES", CA, "Les Appalaches", "Les Appalaches"),
                new Territory("BEAUCE-SARTIGAN", CA, "Beauce-Sartigan", "Beauce-Sartigan"),
                new Territory("ROBERT-CLICHE", CA, "Robert-Cliche (Beauce-Centre)", "Robert-Cliche (Beauce-Centre)"),
                new Territory("LA-NOUVELLE-BEAUCE", CA, "La Nouvelle-Beauce", "La Nouvelle-Beauce"),
                new Territory("LES-ETCHEMINS", CA, "Les Etchemins", "Les Etchemins"),
                new Territory("BELLECHASSE", CA, "Bellechasse", "Bellechasse"),
                new Territory("LOTBINIERE", CA, "Lotbinière", "Lotbinière"),
                new Territory("LEVIS", CA, "Lévis", "Lévis"),
                new Territory("MONTMAGNY", CA, "Montmagny", "Montmagny"),
                new Territory("L-ISLET", CA, "L'Islet", "L'Islet"))) {
            map.put(t.code(), t);
        }
        BY_CODE = Collections.unmodifiableMap(map);
    }

    private Territories() {
    }

    public static Optional<Territory> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static List<Territory> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static List<Territory> inRegion(AdministrativeRegion region) {
        return BY_CODE.values().stream().filter(t -> t.region() == region).toList();
    }
}
