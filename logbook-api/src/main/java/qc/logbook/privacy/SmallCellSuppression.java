package qc.logbook.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import qc.logbook.security.SecurityProperties;

/**
 * Hides small counts from users who may not see individual records (evaluators), so that a statistic cannot single
 * out a tenant. Works on any statistics document, so every read model shown to evaluators goes through the same rules.
 * <ol>
 *   <li><b>Primary suppression.</b> Every count from 1 to threshold − 1 becomes {@code null} with
 *       {@code "suppressed": true}, and so does the percentage beside it. Zero stays visible (it reveals no one).</li>
 *   <li><b>Complementary suppression.</b> Sibling cells of a list (shares of one whole: tenures, modes, sectors,
 *       outcomes…) add up to a published total, so a list with a single hidden cell gives it away by subtraction
 *       (7 interventions, 6 in HLM: the co-op's hidden cell is 1). Whenever exactly one cell of a list is hidden, the
 *       smallest other non-zero cell is hidden too ({@code "complementary": true}), with any list nested in it.</li>
 *   <li><b>Mirrors and wholes.</b> A few top-level counts repeat a list's cell ({@link #MIRRORS}); they are hidden with
 *       it. When such a count is hidden, the percentages computed on it ({@link #SHARES_OF}) are hidden too, since a
 *       visible count and its percentage give the whole back.</li>
 * </ol>
 */
@Component
public class SmallCellSuppression {

    /** Names of the fields holding counts of people or interventions. */
    private static final Set<String> COUNTS = Set.of("count", "interventions", "referrals",
            "individualInterventions", "collectiveInterventions", "participants", "participations", "persons");

    /** Top-level counts equal to the cell of a list with a given code (field → [list, code]). */
    private static final Map<String, List<String>> MIRRORS = Map.of(
            "individualInterventions", List.of("byMode", "INDIVIDUAL"),
            "collectiveInterventions", List.of("byMode", "COLLECTIVE"));

    /** Top-level counts that are the whole of other figures' percentages (field → figures). */
    private static final Map<String, List<String>> SHARES_OF = Map.of(
            "individualInterventions", List.of("individualWithReferral"),
            "collectiveInterventions", List.of("collectiveByKind", "collectiveWithParticipants"));

    private final ObjectMapper json;
    private final int threshold;

    public SmallCellSuppression(ObjectMapper json, SecurityProperties properties) {
        this.json = json;
        this.threshold = properties.smallCellThreshold();
    }

    public JsonNode apply(Object statistics) {
        return suppressed(json.valueToTree(statistics));
    }

    /**
     * The JSON pointers ({@code /byTenure/2/count}, {@code /byTenure/2/percent}, {@code /interventions}…) of the counts
     * and percentages {@link #apply} hides in these statistics, for other formats (CSV) to hide exactly the same.
     */
    public Set<String> hidden(Object statistics) {
        JsonNode original = json.valueToTree(statistics);
        Set<String> hidden = new LinkedHashSet<>();
        collectHidden(original, suppressed(original.deepCopy()), "", hidden);
        return hidden;
    }

    /** Applies the three rules to this tree, in place, and returns it. */
    private JsonNode suppressed(JsonNode tree) {
        primary(tree);
        complementary(tree);
        if (tree instanceof ObjectNode root) {
            mirrors(root);
        }
        return tree;
    }

    public int threshold() {
        return threshold;
    }

    private void primary(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean suppressed = false;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (isCount(field.getKey(), value) && value.asLong() > 0 && value.asLong() < threshold) {
                    field.setValue(object.nullNode());
                    suppressed = true;
                } else {
                    primary(value);
                }
            }
            if (suppressed) {
                if (object.has("percent")) {
                    object.putNull("percent");
                }
                object.put("suppressed", true);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(this::primary);
        }
    }

    /** Children first, so that a cell hidden in a nested list is counted before its parent list is looked at. */
    private void complementary(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.forEach(this::complementary);
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::complementary);
            List<ObjectNode> cells = new ArrayList<>();
            array.forEach(element -> {
                if (element instanceof ObjectNode cell && cell.has("count")) {
                    cells.add(cell);
                }
            });
            long hidden = cells.stream().filter(SmallCellSuppression::isHidden).count();
            if (hidden == 1) {
                cells.stream()
                        .filter(cell -> !isHidden(cell) && cell.get("count").asLong() > 0)
                        .min((a, b) -> Long.compare(a.get("count").asLong(), b.get("count").asLong()))
                        .ifPresent(this::hideCompletely);
            }
        }
    }

    private void mirrors(ObjectNode root) {
        MIRRORS.forEach((field, cell) -> {
            JsonNode list = root.get(cell.get(0));
            if (list == null || !root.has(field)) {
                return;
            }
            boolean cellHidden = false;
            for (JsonNode element : list) {
                if (cell.get(1).equals(element.path("code").asText()) && isHidden(element)) {
                    cellHidden = true;
                }
            }
            if (cellHidden || root.get(field).isNull()) {
                root.putNull(field);
                for (String figure : SHARES_OF.getOrDefault(field, List.of())) {
                    JsonNode shares = root.get(figure);
                    if (shares != null && shares.isArray()) {
                        shares.forEach(share -> hidePercent(share));
                    } else if (shares != null) {
                        hidePercent(shares);
                    }
                }
            }
        });
    }

    private static void hidePercent(JsonNode share) {
        if (share instanceof ObjectNode object && object.has("percent")) {
            object.putNull("percent");
        }
    }

    /** Hides a cell's counts and percentage, and everything listed inside it (which would add up to it). */
    private void hideCompletely(ObjectNode cell) {
        Iterator<Map.Entry<String, JsonNode>> fields = cell.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (isCount(field.getKey(), field.getValue()) && field.getValue().asLong() > 0) {
                field.setValue(cell.nullNode());
            } else if (field.getValue() instanceof ArrayNode nested) {
                nested.forEach(element -> {
                    if (element instanceof ObjectNode child && child.has("count") && !isHidden(child)
                            && child.get("count").asLong() > 0) {
                        hideCompletely(child);
                    }
                });
            }
        }
        if (cell.has("percent")) {
            cell.putNull("percent");
        }
        cell.put("suppressed", true);
        cell.put("complementary", true);
    }

    private static boolean isCount(String name, JsonNode value) {
        return COUNTS.contains(name) && value.isIntegralNumber();
    }

    private static boolean isHidden(JsonNode cell) {
        return cell.path("suppressed").asBoolean(false);
    }

    /** Pointers of the values present in the original and null once suppressed. */
    private static void collectHidden(JsonNode original, JsonNode suppressed, String pointer, Set<String> hidden) {
        if (original instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                String path = pointer + "/" + field.getKey();
                JsonNode after = suppressed.path(field.getKey());
                if (!field.getValue().isNull() && after.isNull()) {
                    hidden.add(path);
                } else {
                    collectHidden(field.getValue(), after, path, hidden);
                }
            });
        } else if (original instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collectHidden(array.get(i), suppressed.path(i), pointer + "/" + i, hidden);
            }
        }
    }
}
