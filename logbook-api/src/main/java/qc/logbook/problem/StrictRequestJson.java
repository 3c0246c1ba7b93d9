package qc.logbook.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How request bodies are read: strictly. Applied to the HTTP message converters only, never to the mapper Axon
 * serialises events with (built from the same Spring builder), so that events stored before these rules keep reading.
 * <ul>
 *     <li>a key repeated in an object is refused (the parser's duplicate detection), not silently "last one wins";</li>
 *     <li>anything after the JSON document ({@code {…}}}, {@code {…} null}) is refused, not ignored;</li>
 *     <li>every string, map keys included, must be valid Unicode (no lone UTF-16 surrogate) and free of control
 *     characters other than tab, line feed and carriage return (NUL and the rest of C0, and DEL, have no place in
 *     text a person typed, and PostgreSQL refuses NUL);</li>
 *     <li>a value that is not text (id, date, instant, number, enum code, boolean) given as a JSON string must be
 *     exactly its value: blank or whitespace-padded strings are refused instead of being read as absent (a blank id
 *     would create the record under a random id, so the retry would duplicate it) or trimmed ({@code " HLM"},
 *     {@code "WAITING\u0000"}: Jackson trims every character up to U+0020 before matching).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(strict(json.getObjectMapper()));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.registerModule(new TextRules());
        return strict;
    }

    /** Checks a string of the request; returns it unchanged or throws {@link RefusedText}. */
    static String check(JsonParser parser, String text) throws RefusedText {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new RefusedText(parser, "text.invalid-unicode");
            }
            if (Character.isLowSurrogate(c)) {
                throw new RefusedText(parser, "text.invalid-unicode");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw new RefusedText(parser, "text.control-character");
            }
        }
        return text;
    }

    private static final class TextRules extends SimpleModule {

        TextRules() {
            super("logbook-text-rules");
            addDeserializer(String.class, new CheckedStrings());
            setDeserializerModifier(new ExactScalars());
        }

        @Override
        public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.addKeyDeserializers(new CheckedKeys());
        }
    }

    /** Strings, as Jackson reads them, then checked. */
    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return check(p, super.deserialize(p, ctxt));
        }
    }

    /** Map keys of type String, checked like any other string. */
    private static final class CheckedKeys implements KeyDeserializers {

        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                                                   BeanDescription beanDesc) {
            if (type.getRawClass() != String.class) {
                return null;
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                    return check(ctxt.getParser(), key);
                }
            };
        }
    }

    /** Wraps the deserializers of non-text scalar types so that their string form must be exact. */
    private static final class ExactScalars extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                      JsonDeserializer<?> deserializer) {
            return isScalar(beanDesc.getType().getRawClass()) ? new Exact(deserializer) : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new Exact(deserializer);
        }

        private static boolean isScalar(Class<?> type) {
            return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                    || type == UUID.class || type.getName().startsWith("java.time.");
        }
    }

    private static final class Exact extends DelegatingDeserializer {

        Exact(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Exact(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                check(p, text);
                if (text.isBlank() || !text.strip().equals(text)) {
                    throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
                            "blank or padded value", "", handledType());
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
