package qc.logbook.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import qc.logbook.security.SecurityProperties;

/**
 * Hides small counts from users who may not see individual records (evaluators), so that a statistic cannot single
 * out a tenant: every count from 1 to threshold − 1 becomes {@code null} with {@code "suppressed": true}, and so does
 * the percentage beside it. Zero stays visible (it reveals no one). Works on any statistics document, so every read
 * model shown to evaluators goes through the same rule.
 */
@Component
public class SmallCellSuppression {

    /** Names of the fields holding counts of people or interventions. */
    private static final Set<String> COUNTS = Set.of("count", "interventions", "referrals",
            "individualInterventions", "collectiveInterventions", "participants", "participations", "persons");

    private final ObjectMapper json;
    private final int threshold;

    public SmallCellSuppression(ObjectMapper json, SecurityProperties properties) {
        this.json = json;
        this.threshold = properties.smallCellThreshold();
    }

    public JsonNode apply(Object statistics) {
        JsonNode tree = json.valueToTree(statistics);
        suppress(tree);
        return tree;
    }

    public int threshold() {
        return threshold;
    }

    private void suppress(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean suppressed = false;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (COUNTS.contains(field.getKey()) && value.isIntegralNumber()
                        && value.asLong() > 0 && value.asLong() < threshold) {
                    field.setValue(object.nullNode());
                    suppressed = true;
                } else {
                    suppress(value);
                }
            }
            if (suppressed) {
                if (object.has("percent")) {
                    object.putNull("percent");
                }
                object.put("suppressed", true);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(this::suppress);
        }
    }
}
