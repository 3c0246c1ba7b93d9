package qc.logbook.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle the pages and the API read ({@code i18n/<name>.properties}, French, beside
 * {@code i18n/<name>_en.properties}): both languages with the same keys and the same arguments (with their formats), no text that
 * {@link MessageFormat} would mangle, and French written the Québec way (no-break spaces before the colon, inside
 * « », before %; none before ; ! ?).
 */
class MessageBundlesTest {

    /**
     * An argument as MessageFormat reads it, by number and format type ({@code {0}}, {@code {0,number}}; a choice's
     * texts differ between languages), or named, as the offline script fills them in ({@code {count}}).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+(?:,\\s*[a-z]+)?|[a-z]+})");
    private static final Pattern NAMED = Pattern.compile("\\{[a-z]+}");
    private static final Object[] ARGUMENTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    static Stream<String> bundles() throws IOException {
        Resource[] french = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        return Arrays.stream(french).map(Resource::getFilename)
                .filter(name -> name != null && !name.contains("_"))
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesHaveTheSameKeysAndArguments(String bundle) {
        Properties french = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames())).as(bundle)
                .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
        for (String key : french.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key))).as(bundle + ": " + key)
                    .isEqualTo(placeholders(french.getProperty(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextHoldsAQuoteThatMessageFormatWouldSwallow(String bundle) {
        // the apostrophe is ’ in both languages; a ' would be swallowed as soon as the text takes an argument
        for (Properties texts : new Properties[] {load(bundle + ".properties"), load(bundle + "_en.properties")}) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(bundle + ": " + key).doesNotContain("'").isNotBlank();
                if (!NAMED.matcher(text).find()) {
                    assertThat(new MessageFormat(text, Locale.ROOT).format(ARGUMENTS))
                            .as(bundle + ": " + key).doesNotContain("{");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void frenchTextsFollowQuebecTypography(String bundle) {
        Properties french = load(bundle + ".properties");
        for (String key : french.stringPropertyNames()) {
            String text = french.getProperty(key);
            String where = bundle + ": " + key;
            // a no-break space before a colon, except inside an example time (23:59:59)
            assertThat(text).as(where).doesNotContainPattern("[^\\u00a0\\d]:");
            assertThat(text).as(where).doesNotContainPattern("«[^\\u00a0]").doesNotContainPattern("[^\\u00a0]»");
            assertThat(text).as(where).doesNotContainPattern("[^\\u00a0]%");
            // in Québec usage, no space at all before ; ! ?
            assertThat(text).as(where).doesNotContainPattern("[ \\u00a0\\u202f][;!?]");
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + resource)) {
            assertThat(in).as("i18n/" + resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
