package qc.logbook.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.intervention.query.SectorBreakdown;
import qc.logbook.intervention.query.Share;

/** The referral breakdown as a CSV table: one row per figure, with its section, its count and its share. */
final class ReferralBreakdownCsv {

    static final List<String> HEADERS = List.of("Section", "Code", "Libellé", "Label (English)", "Nombre / Count",
            "Pourcentage / Percent", "Ensemble de référence / Whole");

    private ReferralBreakdownCsv() {
    }

    static CsvTable of(ReferralBreakdown b) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Interventions", "INTERVENTIONS", "Interventions", "Interventions", b.interventions(), null,
                null));
        b.byTenure().forEach(s -> rows.add(share("Mode d'occupation / Tenure", s, "interventions")));
        rows.add(share("Clientèles / Groups reached", b.youthAndFamilies(), "interventions"));
        rows.add(share("Clientèles / Groups reached", b.under35(), "interventions"));
        b.byMode().forEach(s -> rows.add(share("Type d'intervention / Mode", s, "interventions")));
        rows.add(share("Références / Referrals", b.individualWithReferral(), "individual interventions"));
        rows.add(row("Références / Referrals", "REFERRALS", "Références", "Referrals", b.referrals(), null, null));
        for (SectorBreakdown sector : b.referralsBySector()) {
            rows.add(row("Références par secteur / Referrals by sector", sector.code(), sector.labelFr(),
                    sector.labelEn(), sector.count(), sector.percent(), "referrals"));
            for (Share need : sector.needs()) {
                rows.add(row("Besoins, secteur " + sector.code() + " / Needs, sector " + sector.code(),
                        sector.code() + "/" + need.code(), need.labelFr(), need.labelEn(), need.count(),
                        need.percent(), "referrals to " + sector.code()));
            }
        }
        b.referralOutcomes().forEach(s -> rows.add(share("Issue des références / Referral outcomes", s,
                "referrals")));
        rows.add(row("Actions collectives / Collective actions", "COLLECTIVE_INTERVENTIONS",
                "Interventions collectives", "Collective interventions", b.collectiveInterventions(), null, null));
        b.collectiveByKind().forEach(s -> rows.add(share("Actions collectives / Collective actions", s,
                "collective interventions")));
        return new CsvTable(HEADERS, rows);
    }

    private static List<String> share(String section, Share share, String whole) {
        return row(section, share.code(), share.labelFr(), share.labelEn(), share.count(), share.percent(), whole);
    }

    private static List<String> row(String section, String code, String labelFr, String labelEn, long count,
                                    BigDecimal percent, String whole) {
        return List.of(section, code, labelFr, labelEn, Long.toString(count),
                percent == null ? "" : percent.toPlainString().replace('.', ','), whole == null ? "" : whole);
    }
}
