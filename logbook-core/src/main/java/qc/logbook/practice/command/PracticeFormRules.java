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

    private record TextField(String path, String labelFr, String labelEn, int max,
                             Function<PracticeForm, String> value) {
    }

    private static final int ANSWER = PracticeLimits.DESCRIPTION_ANSWER;
    private static final int LONG = PracticeLimits.LONG_TEXT;
    private static final int SPECIFY = PracticeLimits.SPECIFY;

    /** The six questions of section 4, which every submitted practice answers. */
    private static final List<TextField> DESCRIPTION_ANSWERS = List.of(
            new TextField("form.description.origin", "Origine du projet", "Origin of the project", ANSWER,
                    f -> f.description().origin()),
            new TextField("form.description.coverage", "Ampleur de la couverture", "Coverage", ANSWER,
                    f -> f.description().coverage()),
            new TextField("form.description.objectives", "Objectifs visés", "Objectives", ANSWER,
                    f -> f.description().objectives()),
            new TextField("form.description.means", "Moyens pris", "Means used", ANSWER,
                    f -> f.description().means()),
            new TextField("form.description.perceivedOutcomes", "Retombées immédiates qualitatives perçues",
                    "Perceived immediate qualitative outcomes", ANSWER, f -> f.description().perceivedOutcomes()),
            new TextField("form.description.measuredOutcomes", "Retombées immédiates mesurées",
                    "Measured immediate outcomes", ANSWER, f -> f.description().measuredOutcomes()));

    /** Every text field of the form, in the form's order, with its limit. */
    private static final List<TextField> TEXT_FIELDS = Stream.of(List.of(
            new TextField("form.name", "Nom de la pratique", "Practice name", PracticeLimits.NAME,
                    PracticeForm::name),
            new TextField("form.tenurePrecision", "Précision inter-tenure", "Inter-tenure precision", SPECIFY,
                    PracticeForm::tenurePrecision)), DESCRIPTION_ANSWERS, List.of(
            new TextField("form.description.other", "Autre description de pratique", "Other practice description",
                    SPECIFY, f -> f.description().other()),
            new TextField("form.description.specificProjectsOther", "Autre projet spécifique",
                    "Other specific project", SPECIFY, f -> f.description().specificProjectsOther()),
            new TextField("form.targetPopulationsOther", "Autre population cible", "Other target population",
                    SPECIFY, PracticeForm::targetPopulationsOther),
            new TextField("form.detailedDescription", "Description détaillée", "Detailed description", LONG,
                    PracticeForm::detailedDescription),
            new TextField("form.winningConditions", "Conditions gagnantes", "Winning conditions", LONG,
                    PracticeForm::winningConditions),
            new TextField("form.partnerMinistries", "Ministères partenaires", "Partner ministries",
                    PracticeLimits.MINISTRIES, PracticeForm::partnerMinistries),
            new TextField("form.partnersOther", "Autre partenaire", "Other partner", SPECIFY,
                    PracticeForm::partnersOther),
            new TextField("form.costDetails", "Précisions sur le coût", "Cost details", PracticeLimits.COST_DETAILS,
                    PracticeForm::costDetails),
            new TextField("form.evaluation.strengths", "Forces", "Strengths", LONG,
                    f -> f.evaluation().strengths()),
            new TextField("form.evaluation.limits", "Limites", "Limits", LONG, f -> f.evaluation().limits()),
            new TextField("form.evaluation.opportunities", "Occasions à saisir", "Opportunities", LONG,
                    f -> f.evaluation().opportunities()),
            new TextField("form.evaluation.threats", "Menaces et obstacles au succès", "Threats and obstacles",
                    LONG, f -> f.evaluation().threats()),
            new TextField("form.impacts.evaluated", "Retombées évaluées", "Evaluated impacts", LONG,
                    f -> f.impacts().evaluated()),
            new TextField("form.impacts.perceived", "Retombées perçues", "Perceived impacts", LONG,
                    f -> f.impacts().perceived()),
            new TextField("form.impacts.psychosocialOther", "Autre retombée psychosociale",
                    "Other psychosocial impact", SPECIFY, f -> f.impacts().psychosocialOther()),
            new TextField("form.impacts.economicOther", "Autre retombée économique", "Other economic impact",
                    SPECIFY, f -> f.impacts().economicOther()),
            new TextField("form.impacts.healthOther", "Autre retombée sur la santé", "Other health impact",
                    SPECIFY, f -> f.impacts().healthOther()),
            new TextField("form.changesToMake", "Changements à apporter", "Changes to make", LONG,
                    PracticeForm::changesToMake),
            new TextField("form.transferableTools", "Outils / produits transférables", "Transferable tools", LONG,
                    PracticeForm::transferableTools),
            new TextField("form.sclsCharacteristicsOther", "Autre caractéristique du SCLS",
                    "Other SCLS characteristic", SPECIFY, PracticeForm::sclsCharacteristicsOther),
            new TextField("form.categoriesOther", "Autre catégorie", "Other category", SPECIFY,
                    PracticeForm::categoriesOther),
            new TextField("form.peopleInvolved", "Personnes impliquées", "People involved",
                    PracticeLimits.PEOPLE_INVOLVED, PracticeForm::peopleInvolved),
            new TextField("form.keyMessage1", "Message clé 1", "Key message 1", LONG, PracticeForm::keyMessage1),
            new TextField("form.keyMessage2", "Message clé 2", "Key message 2", LONG, PracticeForm::keyMessage2)))
            .flatMap(List::stream).toList();

    private PracticeFormRules() {
    }

    /** Rules every revision obeys, drafts included. */
    static void validate(PracticeForm form, Instant receivedAt) {
        if (form == null) {
            throw RuleViolation.invalid("form", "required", "Le formulaire est obligatoire.", "The form is required.");
        }
        for (TextField field : TEXT_FIELDS) {
            requireMaxLength(field, field.value().apply(form));
        }
        if (Text.isBlank(form.name())) {
            throw required("form.name", "Nom de la pratique", "Practice name");
        }
        if (!Text.isBlank(form.tenurePrecision()) && form.tenure() != PracticeTenure.SEVERAL) {
            throw RuleViolation.invalid("form.tenurePrecision", "tenure.precision-needs-several",
                    "Précision inter-tenure : à remplir seulement si « Plusieurs tenures » est choisi.",
                    "Inter-tenure precision: only when “Several tenures” is chosen.");
        }
        Set<PracticeDescriptionCategory> categories = form.description().categories();
        for (PracticeDescriptionItem item : form.description().items()) {
            if (!categories.contains(item.category())) {
                throw RuleViolation.invalid("form.description.items", "description.item-without-category",
                        "Descriptions de pratiques : cochez aussi « " + item.category().labelFr()
                                + " » pour le sous-élément « " + item.labelFr() + " ».",
                        "Practice descriptions: also tick “" + item.category().labelEn() + "” for the sub-item “"
                                + item.labelEn() + "”.");
            }
        }
        if (!Text.isBlank(form.partnerMinistries()) && !form.partners().contains(Partner.MINISTRIES)) {
            throw RuleViolation.invalid("form.partnerMinistries", "partners.ministries-need-ministries",
                    "Ministères partenaires : cochez aussi « Ministères ».",
                    "Partner ministries: also tick “Government departments”.");
        }
        int characteristics = form.sclsCharacteristics().size()
                + (Text.isBlank(form.sclsCharacteristicsOther()) ? 0 : 1);
        if (characteristics > PracticeLimits.MAX_SCLS_CHARACTERISTICS) {
            int max = PracticeLimits.MAX_SCLS_CHARACTERISTICS;
            throw RuleViolation.invalid("form.sclsCharacteristics", "scls.too-many",
                    "Caractéristiques du SCLS : max. " + max + " (« autre » compris), " + characteristics
                            + " indiquées.",
                    "SCLS characteristics: max. " + max + " (“other” included), " + characteristics + " given.");
        }
        Integer months = form.durationMonths();
        if (months != null && (months < PracticeLimits.MIN_DURATION_MONTHS
                || months > PracticeLimits.MAX_DURATION_MONTHS)) {
            throw RuleViolation.invalid("form.durationMonths", "duration.out-of-range",
                    "Durée en mois : entre " + PracticeLimits.MIN_DURATION_MONTHS + " et "
                            + PracticeLimits.MAX_DURATION_MONTHS + " mois.",
                    "Duration in months: between " + PracticeLimits.MIN_DURATION_MONTHS + " and "
                            + PracticeLimits.MAX_DURATION_MONTHS + " months.");
        }
        LocalDate start = form.startDate();
        if (start != null) {
            LocalDate today = LocalDate.ofInstant(Objects.requireNonNull(receivedAt, "receivedAt"),
                    EASTERNMOST_QUEBEC_ZONE);
            if (start.isAfter(today)) {
                throw RuleViolation.invalid("form.startDate", "date.in-future",
                        "Début de l’initiative : la date ne peut pas être dans le futur.",
                        "Start of the initiative: the date cannot be in the future.");
            }
            if (start.isBefore(EARLIEST_START)) {
                throw RuleViolation.invalid("form.startDate", "date.too-early",
                        "Début de l’initiative : la date ne peut pas précéder le " + EARLIEST_START + ".",
                        "Start of the initiative: the date cannot be before " + EARLIEST_START + ".");
            }
        }
    }

    /**
     * What a revision needs before review: where it is, its tenure, the six answers of section 4 ("Répondre à chacune
     * des questions suivantes"), at least one practice description, population, type, category, and the self-rating.
     */
    static void requireComplete(PracticeForm form) {
        if (form.regions().isEmpty()) {
            throw incomplete("form.regions", "Régions", "Regions");
        }
        if (form.tenure() == null) {
            throw incomplete("form.tenure", "Tenure", "Tenure");
        }
        for (TextField field : DESCRIPTION_ANSWERS) {
            if (Text.isBlank(field.value().apply(form))) {
                throw incomplete(field.path(), field.labelFr(), field.labelEn());
            }
        }
        if (form.description().categories().isEmpty()) {
            throw incomplete("form.description.categories", "Descriptions de pratiques", "Practice descriptions");
        }
        if (form.targetPopulations().isEmpty() && Text.isBlank(form.targetPopulationsOther())) {
            throw incomplete("form.targetPopulations", "Population cible", "Target population");
        }
        if (form.interventionType() == null) {
            throw incomplete("form.interventionType", "Intervention individuelle et/ou collective",
                    "Individual and/or collective intervention");
        }
        if (form.categories().isEmpty() && Text.isBlank(form.categoriesOther())) {
            throw incomplete("form.categories", "Catégories", "Categories");
        }
        if (form.selfRating() == null) {
            throw incomplete("form.selfRating", "Auto-caractérisation", "Self-rating");
        }
    }

    /** Limits of free text given with lifecycle commands (reasons, comments). */
    static void requireReason(String path, String labelFr, String labelEn, String text, boolean required) {
        TextField field = new TextField(path, labelFr, labelEn, PracticeLimits.REASON, f -> text);
        if (required && Text.isBlank(text)) {
            throw required(path, field.labelFr(), field.labelEn());
        }
        requireMaxLength(field, text);
    }

    private static void requireMaxLength(TextField field, String text) {
        int length = Text.length(text);
        if (length > field.max()) {
            throw RuleViolation.invalid(field.path(), "text.too-long",
                    field.labelFr() + " : max. " + field.max() + " caractères (" + length + " saisis).",
                    field.labelEn() + ": max. " + field.max() + " characters (" + length + " entered).");
        }
    }

    private static RuleViolation required(String path, String labelFr, String labelEn) {
        return RuleViolation.invalid(path, "required", labelFr + " : ce champ est obligatoire.",
                labelEn + ": this field is required.");
    }

    private static RuleViolation incomplete(String path, String labelFr, String labelEn) {
        return RuleViolation.conflict(path, "submission.incomplete",
                labelFr + " : à remplir avant de soumettre la pratique.",
                labelEn + ": required before the practice is submitted.");
    }
}
