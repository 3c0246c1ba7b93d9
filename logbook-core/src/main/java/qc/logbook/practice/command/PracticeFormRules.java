package qc.logbook.practice.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.Text;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeLimits;
import qc.logbook.practice.api.PracticeTenure;

/**
 * Rules of the practice form. {@link #validate} holds for every revision, drafts included: limits and consistency.
 * {@link #requireComplete} adds what a revision needs before review. Fields are named by their JSON path in the REST
 * request ({@code form.description.origin}) and messages name the limit in French and English.
 */
final class PracticeFormRules {

    /** The easternmost time zone of Québec: a start date is "in the future" only once it is so everywhere. */
    static final ZoneId EASTERNMOST_QUEBEC_ZONE = ZoneId.of("America/Halifax");
    static final LocalDate EARLIEST_START = LocalDate.of(1950, 1, 1);

    /** A text field of the form; its label is the bundle text {@code field.<path>}. */
    private record TextField(String path, int max, Function<PracticeForm, String> value) {

        RuleViolation.Label label() {
            return labelOf(path);
        }
    }

    private static final int ANSWER = PracticeLimits.DESCRIPTION_ANSWER;
    private static final int LONG = PracticeLimits.LONG_TEXT;
    private static final int SPECIFY = PracticeLimits.SPECIFY;

    /** The six questions of section 4, which every submitted practice answers. */
    private static final List<TextField> DESCRIPTION_ANSWERS = List.of(
            new TextField("form.description.origin", ANSWER,
                    f -> f.description().origin()),
            new TextField("form.description.coverage", ANSWER,
                    f -> f.description().coverage()),
            new TextField("form.description.objectives", ANSWER,
                    f -> f.description().objectives()),
            new TextField("form.description.means", ANSWER,
                    f -> f.description().means()),
            new TextField("form.description.perceivedOutcomes", ANSWER, f -> f.description().perceivedOutcomes()),
            new TextField("form.description.measuredOutcomes", ANSWER, f -> f.description().measuredOutcomes()));

    /** Every text field of the form, in the form's order, with its limit. */
    private static final List<TextField> TEXT_FIELDS = Stream.of(List.of(
            new TextField("form.name", PracticeLimits.NAME,
                    PracticeForm::name),
            new TextField("form.tenurePrecision", SPECIFY,
                    PracticeForm::tenurePrecision)), DESCRIPTION_ANSWERS, List.of(
            new TextField("form.description.other",
                    SPECIFY, f -> f.description().other()),
            new TextField("form.description.specificProjectsOther", SPECIFY, f -> f.description().specificProjectsOther()),
            new TextField("form.targetPopulationsOther",
                    SPECIFY, PracticeForm::targetPopulationsOther),
            new TextField("form.detailedDescription", LONG,
                    PracticeForm::detailedDescription),
            new TextField("form.winningConditions", LONG,
                    PracticeForm::winningConditions),
            new TextField("form.partnerMinistries",
                    PracticeLimits.MINISTRIES, PracticeForm::partnerMinistries),
            new TextField("form.partnersOther", SPECIFY,
                    PracticeForm::partnersOther),
            new TextField("form.costDetails", PracticeLimits.COST_DETAILS,
                    PracticeForm::costDetails),
            new TextField("form.evaluation.strengths", LONG,
                    f -> f.evaluation().strengths()),
            new TextField("form.evaluation.limits", LONG, f -> f.evaluation().limits()),
            new TextField("form.evaluation.opportunities", LONG,
                    f -> f.evaluation().opportunities()),
            new TextField("form.evaluation.threats",
                    LONG, f -> f.evaluation().threats()),
            new TextField("form.impacts.evaluated", LONG,
                    f -> f.impacts().evaluated()),
            new TextField("form.impacts.perceived", LONG,
                    f -> f.impacts().perceived()),
            new TextField("form.impacts.psychosocialOther", SPECIFY, f -> f.impacts().psychosocialOther()),
            new TextField("form.impacts.economicOther",
                    SPECIFY, f -> f.impacts().economicOther()),
            new TextField("form.impacts.healthOther",
                    SPECIFY, f -> f.impacts().healthOther()),
            new TextField("form.changesToMake", LONG,
                    PracticeForm::changesToMake),
            new TextField("form.transferableTools", LONG,
                    PracticeForm::transferableTools),
            new TextField("form.sclsCharacteristicsOther", SPECIFY, PracticeForm::sclsCharacteristicsOther),
            new TextField("form.categoriesOther", SPECIFY,
                    PracticeForm::categoriesOther),
            new TextField("form.peopleInvolved",
                    PracticeLimits.PEOPLE_INVOLVED, PracticeForm::peopleInvolved),
            new TextField("form.keyMessage1", LONG, PracticeForm::keyMessage1),
            new TextField("form.keyMessage2", LONG, PracticeForm::keyMessage2)))
            .flatMap(List::stream).toList();

    private PracticeFormRules() {
    }

    /** Rules every revision obeys, drafts included. */
    static void validate(PracticeForm form, Instant receivedAt) {
        if (form == null) {
            throw RuleViolation.invalid("form", "required");
        }
        for (TextField field : TEXT_FIELDS) {
            requireMaxLength(field, field.value().apply(form));
        }
        if (Text.isBlank(form.name())) {
            throw required("form.name");
        }
        if (!Text.isBlank(form.tenurePrecision()) && form.tenure() != PracticeTenure.SEVERAL) {
            throw RuleViolation.invalid("form.tenurePrecision", "tenure.precision-needs-several");
        }
        Set<PracticeDescriptionCategory> categories = form.description().categories();
        for (PracticeDescriptionItem item : form.description().items()) {
            if (!categories.contains(item.category())) {
                throw RuleViolation.invalid("form.description.items", "description.item-without-category",
                        item.category(), item);
            }
        }
        if (!Text.isBlank(form.partnerMinistries()) && !form.partners().contains(Partner.MINISTRIES)) {
            throw RuleViolation.invalid("form.partnerMinistries", "partners.ministries-need-ministries");
        }
        int characteristics = form.sclsCharacteristics().size()
                + (Text.isBlank(form.sclsCharacteristicsOther()) ? 0 : 1);
        if (characteristics > PracticeLimits.MAX_SCLS_CHARACTERISTICS) {
            int max = PracticeLimits.MAX_SCLS_CHARACTERISTICS;
            throw RuleViolation.invalid("form.sclsCharacteristics", "scls.too-many", max, characteristics);
        }
        Integer months = form.durationMonths();
        if (months != null && (months < PracticeLimits.MIN_DURATION_MONTHS
                || months > PracticeLimits.MAX_DURATION_MONTHS)) {
            throw RuleViolation.invalid("form.durationMonths", "duration.out-of-range",
                    PracticeLimits.MIN_DURATION_MONTHS, PracticeLimits.MAX_DURATION_MONTHS).variant("months");
        }
        LocalDate start = form.startDate();
        if (start != null) {
            LocalDate today = LocalDate.ofInstant(Objects.requireNonNull(receivedAt, "receivedAt"),
                    EASTERNMOST_QUEBEC_ZONE);
            if (start.isAfter(today)) {
                throw RuleViolation.invalid("form.startDate", "date.in-future");
            }
            if (start.isBefore(EARLIEST_START)) {
                throw RuleViolation.invalid("form.startDate", "date.too-early", EARLIEST_START);
            }
        }
    }

    /**
     * What a revision needs before review: where it is, its tenure, the six answers of section 4 ("Répondre à chacune
     * des questions suivantes"), at least one practice description, population, type, category, and the self-rating.
     */
    static void requireComplete(PracticeForm form) {
        if (form.regions().isEmpty()) {
            throw incomplete("form.regions");
        }
        if (form.tenure() == null) {
            throw incomplete("form.tenure");
        }
        for (TextField field : DESCRIPTION_ANSWERS) {
            if (Text.isBlank(field.value().apply(form))) {
                throw incomplete(field.path());
            }
        }
        if (form.description().categories().isEmpty()) {
            throw incomplete("form.description.categories");
        }
        if (form.targetPopulations().isEmpty() && Text.isBlank(form.targetPopulationsOther())) {
            throw incomplete("form.targetPopulations");
        }
        if (form.interventionType() == null) {
            throw incomplete("form.interventionType");
        }
        if (form.categories().isEmpty() && Text.isBlank(form.categoriesOther())) {
            throw incomplete("form.categories");
        }
        if (form.selfRating() == null) {
            throw incomplete("form.selfRating");
        }
    }

    /** Limits of free text given with lifecycle commands (reasons, comments). */
    static void requireReason(String path, String text, boolean required) {
        TextField field = new TextField(path, PracticeLimits.REASON, f -> text);
        if (required && Text.isBlank(text)) {
            throw required(path);
        }
        requireMaxLength(field, text);
    }

    /** Limits count as the form's counters do, in graphemes (see {@link Text#graphemes}). */
    private static void requireMaxLength(TextField field, String text) {
        int length = Text.graphemes(text);
        if (length > field.max()) {
            throw RuleViolation.invalid(field.path(), "text.too-long", field.label(), field.max(), length)
                    .variant("labelled");
        }
    }

    private static RuleViolation required(String path) {
        return RuleViolation.invalid(path, "required", labelOf(path)).variant("labelled");
    }

    private static RuleViolation incomplete(String path) {
        return RuleViolation.conflict(path, "submission.incomplete", labelOf(path));
    }

    /** The label of a form field in the bundles: {@code field.<path>} (pages label their fields with it too). */
    private static RuleViolation.Label labelOf(String path) {
        return RuleViolation.label("field." + path);
    }
}
