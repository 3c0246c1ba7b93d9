package qc.logbook.ele.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import qc.logbook.ele.query.Figures;
import qc.logbook.ele.query.FundingTable;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Territory;

/**
 * Writes the funding table as CSV for a spreadsheet: UTF-8 with a byte-order mark (so a spreadsheet shows French
 * accents right), fields separated by semicolons (the list separator of French-Canadian spreadsheets, where the comma
 * is the decimal separator), lines ended by CRLF, fields quoted when they hold a semicolon, a quote or a line break
 * (RFC 4180). Amounts are dollars with two decimals and a dot: {@code 41300.00}.
 *
 * <p>Lines: the projects of each territory followed by the territory's subtotal (a shared project appears under each
 * of its territories, marked "oui"), then the subtotal of each local team and of each period, then the grand total,
 * where every project counts once.
 */
public final class FundingTableCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String SEPARATOR = ";";
    static final List<String> HEADER = List.of(
            "Ligne / Row", "Période / Period", "Territoire / Territory", "Équipe locale / Local team",
            "Projet / Project", "Projet partagé / Shared project", "Site documenté / Documented site",
            "Statut / Status", "Personnes / Persons", "Participations / Participations", "Soutien ($) / Support ($)",
            "Coût total ($) / Total cost ($)", "Levier / Leverage");

    private FundingTableCsv() {
    }

    public static byte[] write(FundingTable table) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (FundingTable.Group territory : table.territories()) {
            for (FundingTable.Line line : territory.projects()) {
                rows.add(List.of("Projet / Project", nullToEmpty(line.periodCode()), territory.labelFr(),
                        nullToEmpty(line.localTeamName()), line.title(), yesNo(line.shared()),
                        yesNo(line.researchDocumented()), line.status().labelFr(), count(line.persons()),
                        count(line.participations()), line.figures().support(), line.figures().totalCost(),
                        nullToEmpty(line.figures().leverage())));
            }
            rows.add(subtotal("Sous-total territoire / Territory subtotal", "", territory.labelFr(), "",
                    territory.subtotal()));
        }
        for (FundingTable.Group team : table.localTeams()) {
            String territories = team.projects().stream().flatMap(l -> l.territories().stream()).distinct()
                    .map(code -> Territories.byCode(code).map(Territory::labelFr).orElse(code))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            rows.add(subtotal("Sous-total équipe locale / Local team subtotal", "", territories, team.labelFr(),
                    team.subtotal()));
        }
        for (FundingTable.Group period : table.periods()) {
            rows.add(subtotal("Sous-total période / Period subtotal", period.key(), "", "", period.subtotal()));
        }
        rows.add(subtotal("Total / Total", "", "", "", table.totals()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(SEPARATOR, row.stream().map(FundingTableCsv::quote).toList())).append("\r\n");
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> subtotal(String kind, String period, String territory, String team, Figures f) {
        return List.of(kind, period, territory, team, f.projects() + " projet(s) / project(s)", "", "", "",
                Long.toString(f.persons()), Long.toString(f.participations()), f.support(), f.totalCost(),
                nullToEmpty(f.leverage()));
    }

    static String quote(String field) {
        if (field.contains(SEPARATOR) || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private static String count(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
