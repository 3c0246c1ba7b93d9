package qc.logbook.replay;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * SHA-256 of a read model's content: every document of every collection of the active generation, in {@code _id}
 * order, each in a canonical form (see {@link #canonical(BsonValue)}). Two replays of the same events must give the
 * same hash, and so must the live read model and its rebuild: they hold the same values, but not always stored the
 * same way (a document updated in place keeps its first keys first, a rebuilt one is written whole; a counter may be
 * an int in one and a long in the other), so the hash follows the values, never the storage.
 */
@Component
public class ContentHashes {

    private static final JsonWriterSettings OTHER_VALUES = JsonWriterSettings.builder()
            .outputMode(JsonMode.EXTENDED).build();

    private final MongoTemplate mongo;
    private final ReadModelGenerations generations;
    private final ReadModelRegistry registry;

    ContentHashes(MongoTemplate mongo, ReadModelGenerations generations, ReadModelRegistry registry) {
        this.mongo = mongo;
        this.generations = generations;
        this.registry = registry;
    }

    public ContentHash of(String readModel) {
        RebuildableReadModel model = registry.get(readModel);
        CollectionNames names = generations.activeNames(readModel);
        MessageDigest all = sha256();
        Map<String, ContentHash.Collection> parts = new TreeMap<>();
        for (String logical : new TreeMap<>(model.collections()).keySet()) {
            MessageDigest digest = sha256();
            long count = 0;
            for (BsonDocument document : mongo.getCollection(names.of(logical)).withDocumentClass(BsonDocument.class)
                    .find().sort(new BsonDocument("_id", new BsonInt32(1)))) {
                byte[] line = (canonical(document) + "\n").getBytes(StandardCharsets.UTF_8);
                digest.update(line);
                all.update(line);
                count++;
            }
            parts.put(logical, new ContentHash.Collection(names.of(logical), count,
                    HexFormat.of().formatHex(digest.digest())));
        }
        return new ContentHash(readModel, generations.active(readModel), HexFormat.of().formatHex(all.digest()),
                parts);
    }

    /**
     * One JSON text per value, the same for every way of storing the same value: document keys sorted (recursively),
     * keys holding {@code null} left out (the mapping reads an absent field and a null one alike, and writes either
     * depending on the path), every number written as its exact decimal value (so {@code 3}, {@code 3L},
     * {@code 3.0} and {@code Decimal128 3.00} agree), strings JSON-escaped. Array order is kept: it carries meaning
     * (a timeline, a ranking).
     */
    static String canonical(BsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(BsonValue value, StringBuilder out) {
        switch (value.getBsonType()) {
            case DOCUMENT -> {
                BsonDocument document = value.asDocument();
                out.append('{');
                boolean first = true;
                for (String key : new TreeSet<>(document.keySet())) {
                    BsonValue field = document.get(key);
                    if (field.isNull()) {
                        continue;
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(key, out);
                    out.append(':');
                    write(field, out);
                }
                out.append('}');
            }
            case ARRAY -> {
                BsonArray array = value.asArray();
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(array.get(i), out);
                }
                out.append(']');
            }
            case INT32 -> out.append(value.asInt32().getValue());
            case INT64 -> out.append(value.asInt64().getValue());
            case DOUBLE -> number(value.asDouble().getValue(), out);
            case DECIMAL128 -> decimal(value.asDecimal128().getValue(), out);
            case STRING -> string(value.asString().getValue(), out);
            case BOOLEAN -> out.append(value.asBoolean().getValue());
            case NULL -> out.append("null");
            case DATE_TIME -> out.append("{\"$date\":").append(value.asDateTime().getValue()).append('}');
            case OBJECT_ID -> out.append("{\"$oid\":\"").append(value.asObjectId().getValue().toHexString())
                    .append("\"}");
            case BINARY -> out.append("{\"$binary\":\"")
                    .append(Base64.getEncoder().encodeToString(value.asBinary().getData()))
                    .append("\",\"$type\":").append(value.asBinary().getType()).append('}');
            default -> out.append(new BsonDocument("v", value).toJson(OTHER_VALUES));
        }
    }

    private static void number(double value, StringBuilder out) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            out.append('"').append(value).append('"');
        } else {
            plain(BigDecimal.valueOf(value), out);
        }
    }

    private static void decimal(Decimal128 value, StringBuilder out) {
        if (value.isNaN() || value.isInfinite()) {
            out.append('"').append(value).append('"');
        } else {
            BigDecimal decimal;
            try {
                decimal = value.bigDecimalValue();
            } catch (ArithmeticException negativeZero) {
                decimal = BigDecimal.ZERO; // BigDecimal has no negative zero, so bigDecimalValue() refuses it
            }
            plain(decimal, out);
        }
    }

    /** Integral values print as integers whatever their type or scale, so {@code 3.0} hashes as {@code 3}. */
    private static void plain(BigDecimal value, StringBuilder out) {
        out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a read model and of each of its collections. */
    public record ContentHash(String readModel, long generation, String sha256, Map<String, Collection> collections) {

        public record Collection(String physicalName, long documents, String sha256) {
        }
    }
}
