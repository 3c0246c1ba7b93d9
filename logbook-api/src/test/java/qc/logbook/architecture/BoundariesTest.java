package qc.logbook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the three modules and of the features inside the application, checked on the compiled classes:
 * the API module depends on projections, which depend on core, never the other way (Maven enforces that between the
 * jars; this also names the packages); projections fold events and answer queries, without aggregates or the store's
 * wiring; a feature's REST package is its own, so that pages and other features go through the operations it exposes
 * and not through its controllers.
 */
class BoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/logbook-"))
                .importPackages("qc.logbook");
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in " + module, c -> c.getSource()
                .map(source -> source.getUri().toString().contains("/" + module + "/")
                        || source.getUri().toString().contains("/" + module + "-"))
                .orElse(false));
    }

    @Test
    void the_classes_of_every_module_are_imported() {
        for (String module : List.of("logbook-core", "logbook-projections", "logbook-api")) {
            assertThat(classes.stream().filter(inModule(module)::test).count()).as(module).isGreaterThan(20);
        }
    }

    @Test
    void core_depends_on_neither_projections_nor_the_application() {
        noClasses().that(inModule("logbook-core"))
                .should().dependOnClassesThat(inModule("logbook-projections").or(inModule("logbook-api")))
                .check(classes);
    }

    @Test
    void projections_depend_on_core_only() {
        noClasses().that(inModule("logbook-projections"))
                .should().dependOnClassesThat(inModule("logbook-api"))
                .check(classes);
    }

    @Test
    void projections_use_no_aggregate_and_no_store_wiring() {
        noClasses().that(inModule("logbook-projections"))
                .should().dependOnClassesThat().resideInAnyPackage("..command..", "org.axonframework.modelling..",
                        "org.axonframework.eventsourcing..", "de.bwaldvogel..", "org.h2..", "qc.logbook.store..")
                .check(classes);
    }

    /**
     * Reading "as of" an instant is the application's: projections fold events into the store they are given and
     * answer on what they are given, and neither call the point-in-time reads nor the rebuilds.
     */
    @Test
    void projections_do_not_reach_the_point_in_time_reads_or_the_rebuilds() {
        noClasses().that(inModule("logbook-projections"))
                .should().dependOnClassesThat().resideInAnyPackage("qc.logbook.asof..", "qc.logbook.replay..")
                .check(classes);
        noClasses().that().resideInAPackage("qc.logbook.asof..")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..web..")
                .check(classes);
    }

    @Test
    void a_features_rest_package_is_used_by_that_feature_only() {
        Pattern rest = Pattern.compile("qc\\.logbook\\.([a-z]+)\\.rest(\\..*)?");
        TreeSet<String> violations = new TreeSet<>();
        for (JavaClass target : classes) {
            Matcher feature = rest.matcher(target.getPackageName());
            if (!feature.matches()) {
                continue;
            }
            String home = "qc.logbook." + feature.group(1);
            for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                String from = dependency.getOriginClass().getPackageName();
                if (!from.equals(home) && !from.startsWith(home + ".")) {
                    violations.add(dependency.getOriginClass().getName() + " -> " + target.getName());
                }
            }
        }
        assertThat(violations).as("classes of other features using a REST package").isEmpty();
    }

    @Test
    void every_package_says_what_it_is_for() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("logbook-core"))) {
            root = root.getParent(); // run from the module's directory, as Maven does
        }
        for (String module : List.of("logbook-core", "logbook-projections", "logbook-api")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(Files::isDirectory).forEach(dir -> {
                    try (Stream<Path> inside = Files.list(dir)) {
                        if (inside.anyMatch(f -> f.toString().endsWith(".java"))
                                && !Files.exists(dir.resolve("package-info.java"))) {
                            missing.add(sources.relativize(dir).toString().replace('/', '.'));
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }
}
