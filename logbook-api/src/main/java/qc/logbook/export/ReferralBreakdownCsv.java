package qc.logbook.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.intervention.query.SectorBreakdown;
import qc.logbook.intervention.query.Share;

/** The referral breakdown as a CSV table: one row per figure, with its section, its count and its share. */
public final class ReferralBreakdownCsv {

    /** What a hidden count reads. */
    static final String HIDDEN = "x";

    static final List<String> HEADERS = List.of("Section", "Code", "Libellé", "Label (English)", "Nombre / Count",
            "Pourcentage / Percent", "Ensemble de référence / Whole");

    private ReferralBreakdownCsv() {
    }

    /** Every count shown. */
    static CsvTable of(ReferralBreakdown b) {
        return of(b, Set.of());
    }

    /**
     * @param hidden JSON pointers of the counts and percentages to hide (see
     *               {@link qc.logbook.privacy.SmallCellSuppression#hidden}); a hidden count is written {@value #HIDDEN}
     *               as in Statistics Canada's tables, and a hidden percentage is left empty
     */
    public static CsvTable of(ReferralBreakdown b, Set<String> hidden) {
        Rows rows = new Rows(hidden);
        rows.add("/interventions", "Interventions", "INTERVENTIONS", "Interventions", "Interventions",
                b.interventions(), null, null);
        for (int i = 0; i < b.byTenure().size(); i++) {
            rows.share("/byTenure/" + i, "Mode d'occupation / Tenure", b.byTenure().get(i), "interventions");
        }
        rows.share("/youthAndFamilies", "Clientèles / Groups reached", b.youthAndFamilies(), "interventions");
        rows.share("/under35", "Clientèles / Groups reached", b.under35(), "interventions");
        for (int i = 0; i < b.byMode().size(); i++) {
            rows.share("/byMode/" + i, "Type d'intervention / Mode", b.byMode().get(i), "interventions");
        }
        rows.share("/individualWithReferral", "Références / Referrals", b.individualWithReferral(),
                "individual interventions");
        rows.add("/referrals", "Références / Referrals", "REFERRALS", "Références", "Referrals", b.referrals(), null,
                null);
        for (int i = 0; i < b.referralsBySector().size(); i++) {
            SectorBreakdown sector = b.referralsBySector().get(i);
            String pointer = "/referralsBySector/" + i;
            rows.add(pointer + "/count", "Références par secteur / Referrals by sector", sector.code(),
                    sector.labelFr(), sector.labelEn(), sector.count(), sector.percent(), "referrals");
            for (int j = 0; j < sector.needs().size(); j++) {
                Share need = sector.needs().get(j);
                rows.add(pointer + "/needs/" + j + "/count",
                        "Besoins, secteur " + sector.code() + " / Needs, sector " + sector.code(),
                        sector.code() + "/" + need.code(), need.labelFr(), need.labelEn(), need.count(),
                        need.percent(), "referrals to " + sector.code());
            }
        }
        for (int i = 0; i < b.referralOutcomes().size(); i++) {
            rows.share("/referralOutcomes/" + i, "Issue des références / Referral outcomes",
                    b.referralOutcomes().get(i), "referrals");
        }
        rows.add("/collectiveInterventions", "Actions collectives / Collective actions", "COLLECTIVE_INTERVENTIONS",
                "Interventions collectives", "Collective interventions", b.collectiveInterventions(), null, null);
        for (int i = 0; i < b.collectiveByKind().size(); i++) {
            rows.share("/collectiveByKind/" + i, "Actions collectives / Collective actions",
                    b.collectiveByKind().get(i), "collective interventions");
        }
        rows.share("/collectiveWithParticipants", "Participants / Participants", b.collectiveWithParticipants(),
                "collective interventions");
        rows.add("/participants", "Participants / Participants", "PARTICIPANTS",
                "Participants aux interventions collectives", "Participants in collective interventions",
                b.participants(), null, null);
        for (int i = 0; i < b.participantsByKind().size(); i++) {
            rows.share("/participantsByKind/" + i, "Participants par action collective / Participants by collective "
                    + "action", b.participantsByKind().get(i), "participants");
        }
        for (int i = 0; i < b.byMonth().size(); i++) {
            rows.share("/byMonth/" + i, "Interventions par mois / Interventions per month", b.byMonth().get(i),
                    "interventions");
        }
        return new CsvTable(HEADERS, rows.rows);
    }

    /** Rows, with the cells to hide. */
    private record Rows(Set<String> hidden, List<List<String>> rows) {

        Rows(Set<String> hidden) {
            this(hidden, new ArrayList<>());
        }

        void share(String pointer, String section, Share share, String whole) {
            add(pointer + "/count", section, share.code(), share.labelFr(), share.labelEn(), share.count(),
                    share.percent(), whole);
        }

        /** @param countPointer where the count is in the JSON document; its percentage is beside it */
        void add(String countPointer, String section, String code, String labelFr, String labelEn, long count,
                 BigDecimal percent, String whole) {
            String percentPointer = countPointer.endsWith("/count")
                    ? countPointer.substring(0, countPointer.length() - "count".length()) + "percent" : null;
            boolean countHidden = hidden.contains(countPointer);
            boolean percentHidden = countHidden || (percentPointer != null && hidden.contains(percentPointer));
            rows.add(List.of(section, code, labelFr, labelEn, countHidden ? HIDDEN : Long.toString(count),
                    percent == null || percentHidden ? "" : percent.toPlainString().replace('.', ','),
                    whole == null ? "" : whole));
        }
    }
}
