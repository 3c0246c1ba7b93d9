package qc.logbook.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard's texts: both languages with the same keys and arguments, French written the Québec way. */
class DashboardBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private final Properties french = load("i18n/dashboard.properties");
    private final Properties english = load("i18n/dashboard_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeysAndArguments() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
        for (String key : french.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key))).as(key)
                    .isEqualTo(placeholders(french.getProperty(key)));
        }
    }

    @Test
    void noTextHoldsAQuoteThatMessageFormatWouldSwallow() {
        for (Properties bundle : new Properties[] {french, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as(key).doesNotContain("'").isNotBlank();
                assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {1, 2, 3})).as(key)
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void frenchTextsFollowQuebecTypography() {
        for (String key : french.stringPropertyNames()) {
            String text = french.getProperty(key);
            assertThat(text).as(key).doesNotContainPattern("[^\\u00a0\\d]:");
            assertThat(text).as(key).doesNotContainPattern("«[^\\u00a0]").doesNotContainPattern("[^\\u00a0]»");
            assertThat(text).as(key).doesNotContainPattern("[^\\u00a0]%").doesNotContain(" ;");
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = DashboardBundlesTest.class.getClassLoader().getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
