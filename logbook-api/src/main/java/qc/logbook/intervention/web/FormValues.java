package qc.logbook.intervention.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a form shows, as text, by input name: the defaults of a new form, a record's current values, or exactly what
 * was typed in a refused submission (even what could not be converted), so nothing typed is lost.
 */
public final class FormValues {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    static FormValues empty() {
        return new FormValues();
    }

    /** What the browser sent. */
    static FormValues of(Map<String, String[]> parameters) {
        FormValues form = new FormValues();
        parameters.forEach((name, sent) -> form.values.put(name, List.of(sent)));
        return form;
    }

    FormValues set(String name, Object value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, List.of(text(value)));
        }
        return this;
    }

    FormValues setAll(String name, Collection<?> many) {
        List<String> list = new ArrayList<>();
        if (many != null) {
            many.forEach(v -> list.add(text(v)));
        }
        values.put(name, List.copyOf(list));
        return this;
    }

    /** The first value sent under {@code name}, or an empty text. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    /** Whether {@code value} is among the values of {@code name} (a ticked checkbox, a chosen option). */
    public boolean has(String name, Object value) {
        List<String> list = values.get(name);
        return list != null && value != null && list.contains(text(value));
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : Objects.toString(value);
    }
}
