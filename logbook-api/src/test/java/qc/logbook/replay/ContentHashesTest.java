package qc.logbook.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class ContentHashesTest {

    private static String canonical(String json) {
        return ContentHashes.canonical(BsonDocument.parse(json));
    }

    @Test
    void documentsThatDifferOnlyInKeyOrderHaveOneCanonicalForm() {
        assertThat(canonical("{\"_id\": \"a\", \"status\": \"CANCELLED\", \"details\": {\"date\": \"2024-03-01\", "
                + "\"mode\": \"INDIVIDUAL\"}, \"cancellationReason\": \"Doublon\"}"))
                .isEqualTo(canonical("{\"cancellationReason\": \"Doublon\", \"_id\": \"a\", \"details\": "
                        + "{\"mode\": \"INDIVIDUAL\", \"date\": \"2024-03-01\"}, \"status\": \"CANCELLED\"}"))
                .isEqualTo("{\"_id\":\"a\",\"cancellationReason\":\"Doublon\",\"details\":{\"date\":\"2024-03-01\","
                        + "\"mode\":\"INDIVIDUAL\"},\"status\":\"CANCELLED\"}");
    }

    @Test
    void theSameNumberStoredAsIntLongDoubleOrDecimalHasOneCanonicalForm() {
        String asInt = canonical("{\"n\": {\"$numberInt\": \"3\"}, \"m\": [{\"$numberInt\": \"0\"}]}");
        assertThat(canonical("{\"n\": {\"$numberLong\": \"3\"}, \"m\": [{\"$numberLong\": \"0\"}]}")).isEqualTo(asInt);
        assertThat(canonical("{\"n\": {\"$numberDouble\": \"3.0\"}, \"m\": [{\"$numberDouble\": \"-0.0\"}]}"))
                .isEqualTo(asInt);
        assertThat(canonical("{\"n\": {\"$numberDecimal\": \"3.00\"}, \"m\": [{\"$numberDecimal\": \"0E-3\"}]}"))
                .isEqualTo(asInt);
        assertThat(canonical("{\"n\": {\"$numberDouble\": \"12.5\"}}"))
                .isEqualTo(canonical("{\"n\": {\"$numberDecimal\": \"12.50\"}}"))
                .isEqualTo("{\"n\":12.5}");
        assertThat(canonical("{\"n\": {\"$numberLong\": \"3\"}}")).isNotEqualTo(canonical("{\"n\": \"3\"}"));
    }

    @Test
    void anAbsentFieldAndANullOneAreTheSameButArraysKeepTheirOrder() {
        assertThat(canonical("{\"a\": 1, \"reason\": null}")).isEqualTo(canonical("{\"a\": 1}"));
        assertThat(canonical("{\"timeline\": [1, 2]}")).isNotEqualTo(canonical("{\"timeline\": [2, 1]}"));
        assertThat(canonical("{\"list\": [null, {\"b\": 1, \"a\": null}]}")).isEqualTo("{\"list\":[null,{\"b\":1}]}");
    }

    @Test
    void stringsAreEscapedSoThatNoValueCanImitateAnother() {
        assertThat(canonical("{\"a\": \"x\\\",\\\"b\\\":\\\"y\"}")).isNotEqualTo(canonical("{\"a\": \"x\", \"b\": \"y\"}"));
        assertThat(canonical("{\"a\": \"line\\nbreak\\u0001\"}")).isEqualTo("{\"a\":\"line\\nbreak\\u0001\"}");
    }

    @Test
    void datesAndIdentifiersKeepTheirType() {
        assertThat(canonical("{\"at\": {\"$date\": {\"$numberLong\": \"1700000000000\"}}}"))
                .isEqualTo("{\"at\":{\"$date\":1700000000000}}");
        assertThat(canonical("{\"_id\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"}}"))
                .isEqualTo("{\"_id\":{\"$oid\":\"65a1b2c3d4e5f60718293a4b\"}}");
    }
}
