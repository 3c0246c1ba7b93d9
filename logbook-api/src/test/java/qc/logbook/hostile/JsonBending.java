package qc.logbook.hostile;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bends a valid JSON body into a hostile one. The body is re-rendered by hand, so that the result can be anything a
 * client could type: a repeated key, a raw fragment that is not JSON, a value of the wrong type, deep nesting, a
 * lone surrogate escape.
 */
final class JsonBending {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Raw JSON fragments put in place of a value; some are not JSON at all. */
    static final List<String> FRAGMENTS = List.of(
            "123", "-1", "0", "1.5", "1e308", "1e400", "-1e400", "99999999999999999999999999999",
            "-9223372036854775809", "2147483648", "0.0000000001", "true", "false", "null", "[]", "{}", "[null]",
            "[1,2,3]", "{\"x\":1}", "\"\"", "\" \"", "\"\\t\"", "\"\\u0000\"", "\"x\\ud800y\"", "\"\\udc00\"",
            "\"\\ud800\"", "\"a\\u0001b\"", "\"\\u007f\"", "\"\\u001b[2J\"", "\"\\u0085\"", "\"😀\"",
            "\"9999-12-31\"", "\"+999999999-12-31\"", "\"2024-02-30\"", "\"-0001-01-01\"", "\"2024-03-01T00:00:00Z\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"00000000-0000-0000-0000-000000000000\"", "\"not-a-uuid\"",
            "\"HLM_OMH\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"{\\\"$gt\\\": \\\"\\\"}\"",
            "NaN", "Infinity", "undefined", "'single'", "01", "+1", ".5", "0x10", "\"\\ud83d\"");

    /** What comes after a valid document. */
    static final List<String> TRAILERS = List.of("}", " garbage", " null", " {}", ",", "]", "\n{\"id\":1}", " 1",
            "\u0000", " //", "}}}}");

    private JsonBending() {
    }

    static JsonNode tree(Map<String, Object> body) {
        return JSON.valueToTree(body);
    }

    /** Every path to a value of the tree (objects' members and arrays' items), in document order. */
    static List<List<Object>> paths(JsonNode root) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> at, List<List<Object>> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                List<Object> path = new ArrayList<>(at);
                path.add(member.getKey());
                paths.add(path);
                collect(member.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = new ArrayList<>(at);
                path.add(i);
                paths.add(path);
                collect(node.get(i), path, paths);
            }
        }
    }

    /** A change to one place of the document. */
    interface Bend {
        /** Raw JSON for the value at {@code path}, or {@code null} to leave it. */
        default String replace(List<Object> path, JsonNode value) {
            return null;
        }

        /** Raw members to add to the object at {@code path} (after its own). */
        default String extraMembers(List<Object> path, JsonNode object) {
            return null;
        }
    }

    static String render(JsonNode root, Bend bend) {
        StringBuilder out = new StringBuilder();
        render(root, new ArrayList<>(), bend, out);
        return out.toString();
    }

    private static void render(JsonNode node, List<Object> path, Bend bend, StringBuilder out) {
        String replaced = path.isEmpty() ? null : bend.replace(path, node);
        if (replaced != null) {
            out.append(replaced);
            return;
        }
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(quote(member.getKey())).append(':');
                List<Object> child = new ArrayList<>(path);
                child.add(member.getKey());
                render(member.getValue(), child, bend, out);
            }
            String extra = bend.extraMembers(path, node);
            if (extra != null) {
                out.append(first ? "" : ",").append(extra);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                render(node.get(i), child, bend, out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /** The value at {@code path} as a raw fragment bent like a careless or hostile client would. */
    static String bentValue(JsonNode value, Random random, List<String> otherIds) {
        if (value.isTextual() && random.nextInt(3) == 0) {
            String text = value.asText();
            return switch (random.nextInt(9)) {
                case 0 -> quote(" " + text);
                case 1 -> quote(text + " ");
                case 2 -> quote(text + "\u0000");
                case 3 -> quote(text.toLowerCase(java.util.Locale.ROOT));
                case 4 -> quote("\t" + text + "\n");
                case 5 -> quote(text.repeat(1 + random.nextInt(3)) + "x".repeat(random.nextInt(70_000)));
                case 6 -> quote(text).replaceFirst("\"$", "\\\\ud800\"");
                case 7 -> quote(text + "\u00a0");
                default -> quote("\u200b" + text);
            };
        }
        return switch (random.nextInt(8)) {
            case 0 -> otherIds.isEmpty() ? "null" : quote(otherIds.get(random.nextInt(otherIds.size())));
            case 1 -> nested(random.nextInt(3) == 0 ? 1_500 + random.nextInt(3_000) : 1 + random.nextInt(50),
                    random.nextBoolean());
            case 2 -> "\"" + "a".repeat(1_000 + random.nextInt(100_000)) + "\"";
            default -> FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
        };
    }

    static String nested(int depth, boolean arrays) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "[" : "{\"a\":");
        }
        out.append("1");
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "]" : "}");
        }
        return out.toString();
    }
}
