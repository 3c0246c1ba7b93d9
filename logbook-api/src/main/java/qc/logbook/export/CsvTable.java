package qc.logbook.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table to download as CSV, for spreadsheets set up in French (Québec): UTF-8 with a byte-order mark (so Excel reads
 * the accents), {@code ;} between fields, CRLF line ends, fields quoted when needed, headers French first. Any read
 * model plugs in by building one from its query result (see {@code docs/replay-audit-exports.md}).
 */
public record CsvTable(List<String> headers, List<List<String>> rows) {

    private static final String BOM = "\uFEFF";

    public String render() {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, headers);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    /** The table as a download named {@code filename}. */
    public ResponseEntity<byte[]> download(String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(render().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String quote(String field) {
        if (field == null) {
            return "";
        }
        // a leading = + - @ would make a spreadsheet evaluate the cell as a formula
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 && !field.matches("-?\\d+(,\\d+)?")
                ? "'" + field : field;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
