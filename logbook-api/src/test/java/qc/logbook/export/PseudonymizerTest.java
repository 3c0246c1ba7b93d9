package qc.logbook.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExportProperties DEFAULTS = new ExportProperties(null, null, null, null);

    @Test
    void hashesEveryIdentifierAndDropsFreeText() throws Exception {
        Pseudonymizer pseudonyms = new Pseudonymizer(DEFAULTS, true);
        JsonNode payload = JSON.readTree("""
                {"interventionId":"i-1","reason":"Erreur de M. Tremblay",
                 "details":{"worker":"W-1","tenant":"T-1","territory":"LEVIS","notes":"Confidentiel",
                            "durationMinutes":30,"projectIds":["p-1","p-2"]}}""");

        pseudonyms.payload(payload);

        assertThat(payload.has("reason")).isFalse();
        assertThat(payload.at("/details").has("notes")).isFalse();
        assertThat(payload.at("/interventionId").asText()).startsWith("h:").isEqualTo(pseudonyms.id("i-1"));
        assertThat(payload.at("/details/worker").asText()).isEqualTo(pseudonyms.id("W-1"));
        assertThat(payload.at("/details/tenant").asText()).isEqualTo(pseudonyms.id("T-1"));
        assertThat(payload.at("/details/projectIds/1").asText()).isEqualTo(pseudonyms.id("p-2"));
        assertThat(payload.at("/details/territory").asText()).isEqualTo("LEVIS");
        assertThat(payload.at("/details/durationMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void twoExportsGiveUnrelatedHashesOfTheSameId() {
        Pseudonymizer first = new Pseudonymizer(DEFAULTS, true);
        Pseudonymizer second = new Pseudonymizer(DEFAULTS, true);

        assertThat(first.id("W-1")).isEqualTo(first.id("W-1")).isNotEqualTo(second.id("W-1"))
                .hasSize(2 + 22);
    }

    @Test
    void keepsIdsWhenNotDeidentifyingButNeverNotes() throws Exception {
        Pseudonymizer pseudonyms = new Pseudonymizer(DEFAULTS, false);
        JsonNode payload = JSON.readTree("{\"details\":{\"worker\":\"W-1\",\"notes\":\"Confidentiel\"}}");

        pseudonyms.payload(payload);

        assertThat(payload.at("/details/worker").asText()).isEqualTo("W-1");
        assertThat(payload.at("/details").has("notes")).isFalse();
    }
}
