package qc.logbook.ele.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import qc.logbook.ele.api.ProjectStatus;
import qc.logbook.ele.query.Figures;
import qc.logbook.ele.query.FundingTable;

class FundingTableCsvTest {

    private static final FundingTable.Line SHARED = new FundingTable.Line("p1",
            "Conférences sur les deuils; les pertes et les \"préjugés\"", List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE"),
            true, "t1", "ÉLÉ de Beauce-Sartigan", "m1", "2013-2016", ProjectStatus.COMPLETED, false, 250, null,
            List.of(), new Figures(1, 550_000, 592_500, 250, 0));
    private static final FundingTable.Line FAMILIES = new FundingTable.Line("p2", "Familles en action!",
            List.of("LES-ETCHEMINS"), false, "t2", "ÉLÉ des Etchemins", "m1", "2013-2016", ProjectStatus.FUNDED, true,
            null, 595, List.of(), new Figures(1, 100_005, 200_000, 0, 595));
    private static final Figures TOTALS = new Figures(2, 650_005, 792_500, 250, 595);
    private static final FundingTable TABLE = new FundingTable(List.of(SHARED, FAMILIES),
            List.of(new FundingTable.Group("BEAUCE-SARTIGAN", "Beauce-Sartigan", "Beauce-Sartigan", List.of(SHARED), 1,
                            SHARED.figures()),
                    new FundingTable.Group("ROBERT-CLICHE", "Robert-Cliche (Beauce-Centre)",
                            "Robert-Cliche (Beauce-Centre)", List.of(SHARED), 1, SHARED.figures()),
                    new FundingTable.Group("LES-ETCHEMINS", "Les Etchemins", "Les Etchemins", List.of(FAMILIES), 0,
                            FAMILIES.figures())),
            List.of(new FundingTable.Group("t1", "ÉLÉ de Beauce-Sartigan", "ÉLÉ de Beauce-Sartigan", List.of(SHARED),
                            0, SHARED.figures()),
                    new FundingTable.Group("t2", "ÉLÉ des Etchemins", "ÉLÉ des Etchemins", List.of(FAMILIES), 0,
                            FAMILIES.figures())),
            List.of(new FundingTable.Group("2013-2016", "Entente 2013-2016", "Agreement 2013-2016",
                    List.of(SHARED, FAMILIES), 0, TOTALS)),
            TOTALS);

    @Test
    void startsWithAByteOrderMarkAndIsUtf8() {
        byte[] csv = FundingTableCsv.write(TABLE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).contains("Équipe locale / Local team", "ÉLÉ des Etchemins", "Réalisé");
    }

    @Test
    void writesAmountsAsDollarsWithTwoDecimals() {
        List<String> lines = lines(FundingTableCsv.write(TABLE));

        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Total / Total;;;;2 projet(s) / project(s);;;;250;595;6500.05;7925.00;1.22");
    }

    @Test
    void listsASharedProjectUnderEachTerritoryMarkedShared() {
        List<String> lines = lines(FundingTableCsv.write(TABLE));

        assertThat(lines).filteredOn(l -> l.startsWith("Projet / Project;") && l.contains(";oui;non;"))
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).contains(";Beauce-Sartigan;"))
                .anySatisfy(l -> assertThat(l).contains(";Robert-Cliche (Beauce-Centre);"));
    }

    @Test
    void quotesFieldsHoldingTheSeparatorOrQuotes() {
        String text = text(FundingTableCsv.write(TABLE));

        assertThat(text).contains(";\"Conférences sur les deuils; les pertes et les \"\"préjugés\"\"\";");
        assertThat(lines(FundingTableCsv.write(TABLE))).filteredOn(l -> l.contains("Conférences"))
                .allSatisfy(l -> assertThat(fields(l).get(4))
                        .isEqualTo("Conférences sur les deuils; les pertes et les \"préjugés\""));
    }

    @Test
    void keepsPersonsAndParticipationsInTheirOwnColumns() {
        List<String> lines = lines(FundingTableCsv.write(TABLE));

        assertThat(lines.get(0).split(";", -1)).hasSize(13);
        assertThat(lines).filteredOn(l -> l.contains(";Familles en action!;"))
                .singleElement()
                .satisfies(l -> assertThat(l.split(";", -1)).containsSequence("", "595", "1000.05", "2000.00", "2.00"));
        assertThat(lines).allSatisfy(l -> assertThat(fields(l)).hasSize(13));
    }

    @Test
    void endsLinesWithCrLf() {
        assertThat(text(FundingTableCsv.write(TABLE))).endsWith("\r\n").doesNotContain("\r\n\r\n");
    }

    /** Splits one CSV line into its fields, honouring RFC 4180 quotes. */
    static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static List<String> lines(byte[] csv) {
        return Arrays.asList(text(csv).split("\r\n"));
    }
}
