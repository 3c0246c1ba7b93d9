package qc.logbook.practice.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static qc.logbook.practice.command.PracticeForms.complete;
import static qc.logbook.practice.command.PracticeForms.maximal;
import static qc.logbook.practice.command.PracticeForms.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qc.logbook.domain.RuleViolation;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeEvaluation;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeImpacts;
import qc.logbook.practice.api.PracticeLimits;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.SclsCharacteristic;

class PracticeFormRulesTest {

    static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");

    /** Every text field of the form: its JSON path, its limit, and how to set it on a complete form. */
    static Stream<Arguments> textFields() {
        int answer = PracticeLimits.DESCRIPTION_ANSWER;
        int longText = PracticeLimits.LONG_TEXT;
        int specify = PracticeLimits.SPECIFY;
        return Stream.of(
                field("form.name", PracticeLimits.NAME, (f, t) -> f.toBuilder().name(t).build()),
                field("form.tenurePrecision", specify,
                        (f, t) -> f.toBuilder().tenure(PracticeTenure.SEVERAL).tenurePrecision(t).build()),
                field("form.description.origin", answer, (f, t) -> description(f, 0, t)),
                field("form.description.coverage", answer, (f, t) -> description(f, 1, t)),
                field("form.description.objectives", answer, (f, t) -> description(f, 2, t)),
                field("form.description.means", answer, (f, t) -> description(f, 3, t)),
                field("form.description.perceivedOutcomes", answer, (f, t) -> description(f, 4, t)),
                field("form.description.measuredOutcomes", answer, (f, t) -> description(f, 5, t)),
                field("form.description.other", specify, (f, t) -> description(f, 6, t)),
                field("form.description.specificProjectsOther", specify, (f, t) -> description(f, 7, t)),
                field("form.targetPopulationsOther", specify, (f, t) -> f.toBuilder().targetPopulationsOther(t).build()),
                field("form.detailedDescription", longText, (f, t) -> f.toBuilder().detailedDescription(t).build()),
                field("form.winningConditions", longText, (f, t) -> f.toBuilder().winningConditions(t).build()),
                field("form.partnerMinistries", PracticeLimits.MINISTRIES,
                        (f, t) -> f.toBuilder().partners(Set.of(Partner.MINISTRIES)).partnerMinistries(t).build()),
                field("form.partnersOther", specify, (f, t) -> f.toBuilder().partnersOther(t).build()),
                field("form.costDetails", PracticeLimits.COST_DETAILS, (f, t) -> f.toBuilder().costDetails(t).build()),
                field("form.evaluation.strengths", longText,
                        (f, t) -> f.toBuilder().evaluation(new PracticeEvaluation(t, null, null, null)).build()),
                field("form.evaluation.limits", longText,
                        (f, t) -> f.toBuilder().evaluation(new PracticeEvaluation(null, t, null, null)).build()),
                field("form.evaluation.opportunities", longText,
                        (f, t) -> f.toBuilder().evaluation(new PracticeEvaluation(null, null, t, null)).build()),
                field("form.evaluation.threats", longText,
                        (f, t) -> f.toBuilder().evaluation(new PracticeEvaluation(null, null, null, t)).build()),
                field("form.impacts.evaluated", longText, (f, t) -> impacts(f, 0, t)),
                field("form.impacts.perceived", longText, (f, t) -> impacts(f, 1, t)),
                field("form.impacts.psychosocialOther", specify, (f, t) -> impacts(f, 2, t)),
                field("form.impacts.economicOther", specify, (f, t) -> impacts(f, 3, t)),
                field("form.impacts.healthOther", specify, (f, t) -> impacts(f, 4, t)),
                field("form.changesToMake", longText, (f, t) -> f.toBuilder().changesToMake(t).build()),
                field("form.transferableTools", longText, (f, t) -> f.toBuilder().transferableTools(t).build()),
                field("form.sclsCharacteristicsOther", specify,
                        (f, t) -> f.toBuilder().sclsCharacteristicsOther(t).build()),
                field("form.categoriesOther", specify, (f, t) -> f.toBuilder().categoriesOther(t).build()),
                field("form.peopleInvolved", PracticeLimits.PEOPLE_INVOLVED,
                        (f, t) -> f.toBuilder().peopleInvolved(t).build()),
                field("form.keyMessage1", longText, (f, t) -> f.toBuilder().keyMessage1(t).build()),
                field("form.keyMessage2", longText, (f, t) -> f.toBuilder().keyMessage2(t).build()));
    }

    @ParameterizedTest(name = "{0} accepts {1} characters and refuses one more")
    @MethodSource("textFields")
    void countsEveryTextLimitInCharactersAsAPersonCounts(String path, int max,
            BiFunction<PracticeForm, String, PracticeForm> set) {
        String atLimit = text(max);
        assertThat(atLimit.length()).as("UTF-16 length of the text at the limit").isGreaterThan(max);
        assertThatCode(() -> PracticeFormRules.validate(set.apply(complete(), atLimit), NOW)).doesNotThrowAnyException();

        RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                () -> PracticeFormRules.validate(set.apply(complete(), text(max + 1)), NOW));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(violation.field()).isEqualTo(path);
        assertThat(violation.rule()).isEqualTo("text.too-long");
        assertThat(violation.args()).containsExactly(RuleViolation.label("field." + path), max, max + 1);
    }

    @Test
    void acceptsAFormWithEveryFieldAtItsLimit() {
        assertThatCode(() -> {
            PracticeFormRules.validate(maximal(), NOW);
            PracticeFormRules.requireComplete(maximal());
        }).doesNotThrowAnyException();
    }

    @Test
    void requiresANameEvenForADraft() {
        assertViolation(() -> PracticeFormRules.validate(PracticeForm.named("  "), NOW), "form.name", "required");
        assertViolation(() -> PracticeFormRules.validate(null, NOW), "form", "required");
    }

    @Test
    void acceptsThreeScslCharacteristicsCountingOther() {
        assertThatCode(() -> PracticeFormRules.validate(complete().toBuilder()
                .sclsCharacteristics(EnumSet.of(SclsCharacteristic.PREVENTION, SclsCharacteristic.SOCIAL_TIES,
                        SclsCharacteristic.EMPOWERMENT))
                .build(), NOW)).doesNotThrowAnyException();
        assertThatCode(() -> PracticeFormRules.validate(complete().toBuilder()
                .sclsCharacteristics(EnumSet.of(SclsCharacteristic.PREVENTION, SclsCharacteristic.SOCIAL_TIES))
                .sclsCharacteristicsOther("Sécurité alimentaire")
                .build(), NOW)).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreThanThreeSclsCharacteristics() {
        RuleViolation four = assertViolation(() -> PracticeFormRules.validate(complete().toBuilder()
                .sclsCharacteristics(EnumSet.of(SclsCharacteristic.PREVENTION, SclsCharacteristic.SOCIAL_TIES,
                        SclsCharacteristic.EMPOWERMENT, SclsCharacteristic.RESIDENTIAL_STABILITY))
                .build(), NOW), "form.sclsCharacteristics", "scls.too-many");
        assertThat(four.args()).containsExactly(3, 4);

        assertViolation(() -> PracticeFormRules.validate(complete().toBuilder()
                .sclsCharacteristics(EnumSet.of(SclsCharacteristic.PREVENTION, SclsCharacteristic.SOCIAL_TIES,
                        SclsCharacteristic.EMPOWERMENT))
                .sclsCharacteristicsOther("Sécurité alimentaire")
                .build(), NOW), "form.sclsCharacteristics", "scls.too-many");
    }

    @Test
    void refusesAnInterTenurePrecisionUnlessSeveralTenures() {
        assertViolation(() -> PracticeFormRules.validate(complete().toBuilder()
                .tenure(PracticeTenure.COOP).tenurePrecision("HLM et COOP").build(), NOW),
                "form.tenurePrecision", "tenure.precision-needs-several");
        assertThatCode(() -> PracticeFormRules.validate(complete().toBuilder()
                .tenure(PracticeTenure.SEVERAL).tenurePrecision("HLM et COOP").build(), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesADescriptionSubItemWithoutItsCategory() {
        RuleViolation violation = assertViolation(() -> PracticeFormRules.validate(complete().toBuilder()
                .description(new PracticeDescription("o", "c", "o", "m", "p", "m",
                        Set.of(PracticeDescriptionCategory.COLLECTIVE_LIFE),
                        Set.of(PracticeDescriptionItem.PSYCHOSOCIAL_CRISIS), null, null, null))
                .build(), NOW), "form.description.items", "description.item-without-category");
        assertThat(violation.args()).containsExactly(PracticeDescriptionCategory.PSYCHOSOCIAL,
                PracticeDescriptionItem.PSYCHOSOCIAL_CRISIS);
    }

    @Test
    void refusesMinistryNamesWithoutTheMinistriesPartner() {
        assertViolation(() -> PracticeFormRules.validate(complete().toBuilder()
                .partners(Set.of(Partner.MUNICIPALITY)).partnerMinistries("MSSS").build(), NOW),
                "form.partnerMinistries", "partners.ministries-need-ministries");
    }

    @Test
    void keepsTheDurationBetweenOneMonthAndFiftyYears() {
        assertViolation(() -> PracticeFormRules.validate(complete().toBuilder().durationMonths(0).build(), NOW),
                "form.durationMonths", "duration.out-of-range");
        assertViolation(() -> PracticeFormRules.validate(complete().toBuilder().durationMonths(601).build(), NOW),
                "form.durationMonths", "duration.out-of-range");
        assertThatCode(() -> PracticeFormRules.validate(complete().toBuilder().durationMonths(1).build(), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAStartDateInTheFutureEverywhereInQuebec() {
        // 23:00 in Montréal on 22 November is already the 23rd in the Magdalen Islands' zone (UTC-4)
        Instant lateEvening = Instant.parse("2026-11-23T04:00:00Z");
        assertThatCode(() -> PracticeFormRules.validate(complete().toBuilder()
                .startDate(LocalDate.of(2026, 11, 23)).build(), lateEvening)).doesNotThrowAnyException();
        assertViolation(() -> PracticeFormRules.validate(complete().toBuilder()
                .startDate(LocalDate.of(2026, 11, 24)).build(), lateEvening), "form.startDate", "date.in-future");
        assertViolation(() -> PracticeFormRules.validate(complete().toBuilder()
                .startDate(LocalDate.of(1949, 12, 31)).build(), NOW), "form.startDate", "date.too-early");
    }

    @Test
    void namesTheFirstMissingFieldOfAnIncompleteSubmission() {
        assertThatCode(() -> PracticeFormRules.requireComplete(complete())).doesNotThrowAnyException();
        assertViolation(() -> PracticeFormRules.requireComplete(PracticeForm.named("Nom")),
                "form.regions", "submission.incomplete");
        assertViolation(() -> PracticeFormRules.requireComplete(complete().toBuilder().tenure(null).build()),
                "form.tenure", "submission.incomplete");
        assertViolation(() -> PracticeFormRules.requireComplete(description(complete(), 3, " ")),
                "form.description.means", "submission.incomplete");
        assertViolation(() -> PracticeFormRules.requireComplete(complete().toBuilder()
                        .description(new PracticeDescription("o", "c", "o", "m", "p", "m", null, null, null, null, null))
                        .build()),
                "form.description.categories", "submission.incomplete");
        assertViolation(() -> PracticeFormRules.requireComplete(complete().toBuilder().targetPopulations(null).build()),
                "form.targetPopulations", "submission.incomplete");
        assertThatCode(() -> PracticeFormRules.requireComplete(complete().toBuilder().targetPopulations(null)
                .targetPopulationsOther("Étudiants").build())).doesNotThrowAnyException();
        assertViolation(() -> PracticeFormRules.requireComplete(complete().toBuilder().interventionType(null).build()),
                "form.interventionType", "submission.incomplete");
        assertViolation(() -> PracticeFormRules.requireComplete(complete().toBuilder().categories(null).build()),
                "form.categories", "submission.incomplete");
        assertViolation(() -> PracticeFormRules.requireComplete(complete().toBuilder().selfRating(null).build()),
                "form.selfRating", "submission.incomplete");
    }

    private static RuleViolation assertViolation(Runnable action, String field, String rule) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, action::run);
        assertThat(violation).as("a rule violation on " + field).isNotNull();
        assertThat(violation.field()).isEqualTo(field);
        assertThat(violation.rule()).isEqualTo(rule);
        return violation;
    }

    private static Arguments field(String path, int max, BiFunction<PracticeForm, String, PracticeForm> set) {
        return Arguments.of(path, max, set);
    }

    private static PracticeForm description(PracticeForm form, int index, String text) {
        PracticeDescription d = form.description();
        String[] answers = {d.origin(), d.coverage(), d.objectives(), d.means(), d.perceivedOutcomes(),
                d.measuredOutcomes(), d.other(), d.specificProjectsOther()};
        answers[index] = text;
        return form.toBuilder().description(new PracticeDescription(answers[0], answers[1], answers[2], answers[3],
                answers[4], answers[5], d.categories(), d.items(), answers[6], d.specificProjects(), answers[7]))
                .build();
    }

    private static PracticeForm impacts(PracticeForm form, int index, String text) {
        PracticeImpacts i = form.impacts();
        String[] texts = {i.evaluated(), i.perceived(), i.psychosocialOther(), i.economicOther(), i.healthOther()};
        texts[index] = text;
        return form.toBuilder().impacts(new PracticeImpacts(texts[0], texts[1], i.psychosocial(), texts[2],
                i.economic(), texts[3], i.health(), texts[4])).build();
    }
}
