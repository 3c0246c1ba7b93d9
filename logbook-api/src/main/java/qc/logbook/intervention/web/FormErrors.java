package qc.logbook.intervention.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusals of a form, one message per field (the first one wins), in the order the fields appear, plus those
 * that belong to no field. Fields are input names; a JSON path of the API ({@code targetGroups[1]},
 * {@code details.durationMinutes}) is brought back to the input it came from.
 */
public final class FormErrors {

    /** One line of the error summary: {@code field} is null when the error belongs to no field. */
    public record Line(String field, String message) {

        /** The id of the field's input, which the summary links to: the input's name. */
        public String id() {
            return field;
        }
    }

    private final List<String> order;
    private final Map<String, String> aliases;
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /**
     * @param order   the form's input names, top to bottom
     * @param aliases input that shows the error of a field the form does not show (e.g. region → territory)
     */
    FormErrors(List<String> order, Map<String, String> aliases) {
        this.order = List.copyOf(order);
        this.aliases = Map.copyOf(aliases);
    }

    static FormErrors none() {
        return new FormErrors(List.of(), Map.of());
    }

    void add(String path, String message) {
        String field = field(path);
        if (field == null) {
            general.add(message);
        } else {
            byField.putIfAbsent(field, message);
        }
    }

    /** The input a JSON path or binding path names, or null when the form shows no such input. */
    String field(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String field = path.startsWith("details.") ? path.substring("details.".length()) : path;
        int bracket = field.indexOf('[');
        if (bracket >= 0) {
            field = field.substring(0, bracket);
        }
        int dot = field.indexOf('.');
        if (dot >= 0) {
            field = field.substring(0, dot);
        }
        field = aliases.getOrDefault(field, field);
        return order.contains(field) ? field : null;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    /** The summary: errors without a field first, then the fields' in form order. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        general.forEach(message -> lines.add(new Line(null, message)));
        for (String field : order) {
            if (byField.containsKey(field)) {
                lines.add(new Line(field, byField.get(field)));
            }
        }
        return lines;
    }
}
