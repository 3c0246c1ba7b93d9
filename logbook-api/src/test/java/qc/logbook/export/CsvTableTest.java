package qc.logbook.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void writesUtf8WithBomSemicolonsAndCrlf() {
        CsvTable table = new CsvTable(List.of("Libellé", "Nombre / Count"),
                List.of(List.of("Aînés; 65 ans et plus", "3"), List.of("Dit \"oui\"", "-2")));

        assertThat(table.render()).isEqualTo("\uFEFFLibellé;Nombre / Count\r\n"
                + "\"Aînés; 65 ans et plus\";3\r\n"
                + "\"Dit \"\"oui\"\"\";-2\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulas() {
        assertThat(CsvTable.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTable.quote("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvTable.quote("-12,5")).isEqualTo("-12,5");
    }
}
