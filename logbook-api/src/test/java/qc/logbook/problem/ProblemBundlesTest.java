package qc.logbook.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import qc.logbook.domain.RuleViolation;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;

/**
 * The problem bundles hold a French and an English text for every rule the code base throws, and their arguments are
 * formatted for the reader. What every bundle must satisfy (same keys and arguments in both languages, Québec
 * typography) is {@code qc.logbook.pages.MessageBundlesTest}.
 */
class ProblemBundlesTest {

    /** {@code RuleViolation.invalid(field, "code", …)} and its variant, possibly a few lines further. */
    private static final Pattern THROWN = Pattern.compile(
            "RuleViolation\\.(?:invalid|conflict|notFound|forbidden)\\(\\s*[^,()]+(?:\\([^)]*\\))?,\\s*\"([^\"]+)\""
                    + "([^;]*?\\.variant\\(\"([^\"]+)\"\\))?");
    /** Keys named directly: {@code fieldError(…, "rule.x")}, {@code label("format.x")}, {@code text("…")}. */
    private static final Pattern NAMED = Pattern.compile("\"((?:rule|problem\\.title|format|field)\\.[A-Za-z0-9.-]+)\"");
    /** Rule codes handed to a helper that throws them ({@code EleCommands.send(command, "local-team.unknown")}). */
    private static final Pattern SENT = Pattern.compile("send\\(command, \"([^\"]+)\"\\)");
    /** Practice form fields whose labels come from the bundles ({@code field.<path>}). */
    private static final Pattern FIELD_PATHS = Pattern.compile(
            "(?:new TextField|required|incomplete|requireReason)\\(\"([^\"]+)\"");

    private final Properties french = load("i18n/problems.properties");
    private final Properties english = load("i18n/problems_en.properties");
    private final ProblemMessages messages = ProblemMessages.fromBundles();

    @Test
    void everyRuleThrownInTheCodeBaseHasAFrenchAndAnEnglishMessage() throws IOException {
        Set<String> keys = keysUsedInSources();

        assertThat(keys).as("keys found in the sources").hasSizeGreaterThan(100)
                .contains("rule.referral.id-taken", "rule.text.too-long.labelled", "field.form.name",
                        "rule.local-team.unknown", "problem.title.400");
        assertThat(french.stringPropertyNames()).containsAll(keys);
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void argumentsAreFormattedForTheReader() {
        RuleViolation tooLong = RuleViolation.invalid("form.keyMessage2", "text.too-long",
                RuleViolation.label("field.form.keyMessage2"), 1200, 1201).variant("labelled");

        assertThat(messages.message(tooLong, ProblemMessages.FRENCH))
                .isEqualTo("Message clé 2\u00a0: max. 1\u00a0200 caractères (1\u00a0201 saisis).");
        assertThat(messages.message(tooLong, ProblemMessages.ENGLISH))
                .isEqualTo("Key message 2: max. 1,200 characters (1,201 entered).");
        assertThat(messages.message(tooLong, Locale.forLanguageTag("en-CA")))
                .isEqualTo("Key message 2: max. 1,200 characters (1,201 entered).");
        assertThat(messages.message(tooLong, Locale.GERMAN)).as("French unless English is asked for")
                .startsWith("Message clé 2");

        RuleViolation withoutCategory = RuleViolation.invalid("form.description.items",
                "description.item-without-category", PracticeDescriptionCategory.PSYCHOSOCIAL,
                PracticeDescriptionItem.PSYCHOSOCIAL_CRISIS);
        assertThat(messages.toFieldError(withoutCategory).messageFr())
                .contains("«\u00a0" + PracticeDescriptionItem.PSYCHOSOCIAL_CRISIS.labelFr() + "\u00a0»");
        assertThat(messages.toFieldError(withoutCategory).messageEn())
                .contains("“" + PracticeDescriptionItem.PSYCHOSOCIAL_CRISIS.labelEn() + "”");
    }

    @Test
    void aYearIsNotGroupedLikeAnAmount() {
        RuleViolation period = RuleViolation.invalid("period", "funding-measure.period-invalid", 2000, 2100);
        assertThat(messages.message(period, ProblemMessages.FRENCH)).contains("entre 2000 et 2100");
        assertThat(messages.message(period, ProblemMessages.ENGLISH)).contains("between 2000 and 2100");
    }

    @Test
    void aFieldErrorCarriesTheCodeAndBothLanguages() {
        FieldError error = messages.toFieldError(RuleViolation.conflict("referralId", "referral.id-taken"));
        assertThat(error.field()).isEqualTo("referralId");
        assertThat(error.rule()).isEqualTo("referral.id-taken");
        assertThat(error.messageFr()).isEqualTo("Une autre référence porte déjà cet identifiant.");
        assertThat(error.messageEn()).isEqualTo("Another referral already has this identifier.");
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (String module : new String[] {"logbook-core", "logbook-projections", "logbook-api"}) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher thrown = THROWN.matcher(source);
                    while (thrown.find()) {
                        keys.add("rule." + thrown.group(1) + (thrown.group(3) == null ? "" : "." + thrown.group(3)));
                    }
                    Matcher named = NAMED.matcher(source);
                    while (named.find()) {
                        keys.add(named.group(1));
                    }
                    Matcher sent = SENT.matcher(source);
                    while (sent.find()) {
                        keys.add("rule." + sent.group(1));
                    }
                    if (file.getFileName().toString().startsWith("Practice")) {
                        Matcher fields = FIELD_PATHS.matcher(source);
                        while (fields.find()) {
                            keys.add("field." + fields.group(1));
                        }
                    }
                }
            }
        }
        // titles of the statuses the API answers with, whose keys are built from the status
        for (String status : new String[] {"400", "401", "403", "404", "405", "406", "409", "413", "415", "4xx",
                "500", "503", "5xx"}) {
            keys.add("problem.title." + status);
        }
        // codes refused by the request reader, whose keys are built from the code
        keys.add("rule.text.invalid-unicode");
        keys.add("rule.text.control-character");
        return keys;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemBundlesTest.class.getClassLoader().getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
