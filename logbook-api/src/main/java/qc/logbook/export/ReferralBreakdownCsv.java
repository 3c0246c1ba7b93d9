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
        return of(b, 0);
    }

    /**
     * @param threshold counts from 1 to threshold − 1 are written {@code <threshold} with no percentage (small-cell
     *                  suppression); 0 writes every count
     */
    static CsvTable of(ReferralBreakdown b, int threshold) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(threshold, "Interventions", "INTERVENTIONS", "Interventions", "Interventions", b.interventions(), null,
                null));
        b.byTenure().forEach(s -> rows.add(share(threshold, "Mode d'occupation / Tenure", s, "interventions")));
        rows.add(share(threshold, "Clientèles / Groups reached", b.youthAndFamilies(), "interventions"));
        rows.add(share(threshold, "Clientèles / Groups reached", b.under35(), "interventions"));
        b.byMode().forEach(s -> rows.add(share(threshold, "Type d'intervention / Mode", s, "interventions")));
        rows.add(share(threshold, "Références / Referrals", b.individualWithReferral(), "individual interventions"));
        rows.add(row(threshold, "Références / Referrals", "REFERRALS", "Références", "Referrals", b.referrals(), null, null));
        for (SectorBreakdown sector : b.referralsBySector()) {
            rows.add(row(threshold, "Références par secteur / Referrals by sector", sector.code(), sector.labelFr(),
                    sector.labelEn(), sector.count(), sector.percent(), "referrals"));
            for (Share need : sector.needs()) {
                rows.add(row(threshold, "Besoins, secteur " + sector.code() + " / Needs, sector " + sector.code(),
                        sector.code() + "/" + need.code(), need.labelFr(), need.labelEn(), need.count(),
                        need.percent(), "referrals to " + sector.code()));
            }
        }
        b.referralOutcomes().forEach(s -> rows.add(share(threshold, "Issue des références / Referral outcomes", s,
                "referrals")));
        rows.add(row(threshold, "Actions collectives / Collective actions", "COLLECTIVE_INTERVENTIONS",
                "Interventions collectives", "Collective interventions", b.collectiveInterventions(), null, null));
        b.collectiveByKind().forEach(s -> rows.add(share(threshold, "Actions collectives / Collective actions", s,
                "collective interventions")));
        return new CsvTable(HEADERS, rows);
    }

    private static List<String> share(int threshold, String section, Share share, String whole) {
        return row(threshold, section, share.code(), share.labelFr(), share.labelEn(), share.count(), share.percent(), whole);
    }

    private static List<String> row(int threshold, String section, String code, String labelFr, String labelEn,
                                    long count, BigDecimal percent, String whole) {
        boolean suppressed = count > 0 && count < threshold;
        return List.of(section, code, labelFr, labelEn, suppressed ? "<" + threshold : Long.toString(count),
                percent == null || suppressed ? "" : percent.toPlainString().replace('.', ','),
                whole == null ? "" : whole);
    }
}
