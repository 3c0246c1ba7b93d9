package qc.logbook.ele.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One ÉLÉ form as a page shows it: the text of each input (defaults, current values, or exactly what was typed in a
 * refused submission) and the refusals, one per input (the first wins), plus those that belong to no input. Input
 * names are the API's JSON names ({@code period.firstYear}, {@code participants.persons}); a refusal naming a JSON
 * path ({@code outcomes[2]}, {@code details.totalCost}) lands on the input it came from.
 */
public final class EleForm {

    /** One line of the error summary; {@code field} is null when the refusal belongs to no input. */
    public record Line(String field, String id, String message) {
    }

    private final List<String> inputs;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /** @param inputs the form's input names, top to bottom */
    EleForm(List<String> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    EleForm set(String name, Object value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
        }
        return this;
    }

    EleForm setAll(String name, List<?> many) {
        values.put(name, many == null ? List.of() : many.stream().map(Objects::toString).toList());
        return this;
    }

    /** What the browser sent, kept as it was typed. */
    EleForm sent(Map<String, String[]> parameters) {
        parameters.forEach((name, sent) -> values.put(name, List.of(sent)));
        return this;
    }

    void reject(String path, String message) {
        String field = field(path);
        if (field == null) {
            general.add(message);
        } else {
            errors.putIfAbsent(field, message);
        }
    }

    /** The input a JSON path names, or null when the form has no such input. */
    String field(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String field = path.startsWith("details.") ? path.substring("details.".length()) : path;
        int bracket = field.indexOf('[');
        if (bracket >= 0) {
            field = field.substring(0, bracket);
        }
        if (inputs.contains(field)) {
            return field;
        }
        int dot = field.indexOf('.');
        String head = dot >= 0 ? field.substring(0, dot) : field;
        // a refusal of a group (members, period, participants) shows on its first input
        return inputs.stream().filter(i -> i.equals(head) || i.startsWith(head + ".")).findFirst().orElse(null);
    }

    /** The first value of {@code name}, or an empty text. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    /** The rows of a list input: its values, then blank rows to add more (at least {@code minimum} rows). */
    public List<String> rows(String name, int minimum) {
        List<String> rows = new ArrayList<>(values.getOrDefault(name, List.of()));
        int blanks = Math.max(2, minimum - rows.size());
        for (int i = 0; i < blanks; i++) {
            rows.add("");
        }
        return rows;
    }

    public boolean has(String name, Object value) {
        List<String> list = values.get(name);
        return list != null && value != null && list.contains(value instanceof Enum<?> e ? e.name() : value.toString());
    }

    public boolean any() {
        return !errors.isEmpty() || !general.isEmpty();
    }

    public boolean invalid(String name) {
        return errors.containsKey(name);
    }

    public String error(String name) {
        return errors.get(name);
    }

    /** The HTML id of an input: its name with dots as dashes. */
    public static String id(String name) {
        return name.replace('.', '-');
    }

    /** The summary: refusals without an input first, then the inputs' in form order. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        general.forEach(message -> lines.add(new Line(null, null, message)));
        for (String input : inputs) {
            if (errors.containsKey(input)) {
                lines.add(new Line(input, id(input), errors.get(input)));
            }
        }
        return lines;
    }
}
