package qc.logbook.practice.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.time.LocalDate;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeImpacts;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.reference.Labelled;

/**
 * A practice's form laid out for reading: its sections in the order of the form (seed 004), each with the answers
 * given, taxonomy values as labels in the reader's language; a section with nothing in it is left out. Labels of the
 * sections and fields are message keys ({@code practices.page.*}), resolved by the template.
 *
 * @param sections the sections 2 to 19 with an answer (the name, section 1, is the page's title; 
 *                 the key messages of section 20 are shown first, apart)
 */
record PracticeReadingPage(List<Section> sections) {

    /** One numbered section of the form. */
    record Section(int number, String titleKey, List<Entry> entries) {
    }

    /**
     * One answer: a text, a list of labels, or both (labels then a "Si autres, précisez" text).
     *
     * @param labelKey message key of the field's label, {@code null} when the section title says it all
     * @param label    a label already worded (a practice description heading its sub-items), else {@code null}
     */
    record Entry(String labelKey, String label, String text, List<String> labels) {
    }

    /**
     * @param date   a date as the reader reads it
     * @param months a duration in months, worded (« 24 mois »)
     */
    static PracticeReadingPage of(PracticeForm form, String language, Function<LocalDate, String> date,
            IntFunction<String> months) {
        List<Section> sections = new ArrayList<>();
        PracticeDescription d = form.description();
        PracticeImpacts impacts = form.impacts();

        add(sections, 2, entries(
                labels("practices.page.regions", form.regions(), language, null),
                labels("practices.page.health-regions", form.healthRegions(), language, null)));
        add(sections, 3, entries(
                labels(null, form.tenure() == null ? List.of() : List.of(form.tenure()), language,
                        form.tenurePrecision())));
        List<Entry> description = entries(
                text("practices.page.origin", d.origin()),
                text("practices.page.coverage", d.coverage()),
                text("practices.page.objectives", d.objectives()),
                text("practices.page.means", d.means()),
                text("practices.page.perceived-outcomes", d.perceivedOutcomes()),
                text("practices.page.measured-outcomes", d.measuredOutcomes()));
        for (PracticeDescriptionCategory category : PracticeDescriptionCategory.values()) {
            if (d.categories().contains(category)) {
                List<PracticeDescriptionItem> items = d.items().stream().filter(i -> i.category() == category)
                        .sorted().toList();
                description.add(new Entry(null, category.label(language), null, labelsOf(items, language)));
            }
        }
        description.addAll(entries(
                text("practices.page.description-other", d.other()),
                labels("practices.page.specific-projects", d.specificProjects(), language,
                        d.specificProjectsOther())));
        add(sections, 4, description);
        add(sections, 5, entries(labels(null, form.targetPopulations(), language, form.targetPopulationsOther())));
        add(sections, 6, entries(labels(null, form.interventionType() == null ? List.of()
                : List.of(form.interventionType()), language, null)));
        add(sections, 7, entries(text(null, form.detailedDescription())));
        add(sections, 8, entries(
                form.startDate() == null ? null : text("practices.page.start-date", date.apply(form.startDate())),
                form.durationMonths() == null ? null
                        : text("practices.page.duration", months.apply(form.durationMonths()))));
        add(sections, 9, entries(text(null, form.winningConditions())));
        add(sections, 10, entries(
                labels(null, form.partners(), language, null),
                text("practices.page.partner-ministries", form.partnerMinistries()),
                text("practices.page.other", form.partnersOther())));
        add(sections, 11, entries(
                labels(null, form.costOptions(), language, null),
                text(null, form.costDetails())));
        add(sections, 12, entries(
                text("practices.page.strengths", form.evaluation().strengths()),
                text("practices.page.limits", form.evaluation().limits()),
                text("practices.page.opportunities", form.evaluation().opportunities()),
                text("practices.page.threats", form.evaluation().threats())));
        add(sections, 13, entries(
                text("practices.page.impacts-evaluated", impacts.evaluated()),
                text("practices.page.impacts-perceived", impacts.perceived()),
                labels("practices.page.impacts-psychosocial", impacts.psychosocial(), language,
                        impacts.psychosocialOther()),
                labels("practices.page.impacts-economic", impacts.economic(), language, impacts.economicOther()),
                labels("practices.page.impacts-health", impacts.health(), language, impacts.healthOther())));
        add(sections, 14, entries(text(null, form.changesToMake())));
        add(sections, 15, entries(text(null, form.transferableTools())));
        add(sections, 16, entries(labels(null, form.sclsCharacteristics(), language,
                form.sclsCharacteristicsOther())));
        add(sections, 17, entries(labels(null, form.categories(), language, form.categoriesOther())));
        SelfRating rating = form.selfRating();
        add(sections, 18, entries(rating == null ? null : new Entry(null, null,
                language.startsWith("en") ? rating.definitionEn() + " " + rating.taglineEn()
                        : rating.definitionFr() + " " + rating.taglineFr(),
                List.of(rating.label(language)))));
        add(sections, 19, entries(text(null, form.peopleInvolved())));
        return new PracticeReadingPage(sections);
    }

    private static void add(List<Section> sections, int number, List<Entry> entries) {
        if (!entries.isEmpty()) {
            sections.add(new Section(number, "practices.page.section." + number, entries));
        }
    }

    /** The entries given, absent ones (null) left out. */
    private static List<Entry> entries(Entry... entries) {
        List<Entry> present = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry != null) {
                present.add(entry);
            }
        }
        return present;
    }

    private static Entry text(String labelKey, String text) {
        return text == null || text.isBlank() ? null : new Entry(labelKey, null, text.strip(), List.of());
    }

    private static Entry labels(String labelKey, Collection<? extends Labelled> values, String language,
            String other) {
        List<String> labels = labelsOf(values, language);
        String precision = other == null || other.isBlank() ? null : other.strip();
        return labels.isEmpty() && precision == null ? null : new Entry(labelKey, null, precision, labels);
    }

    /** Labels in the taxonomy's order (the form's), whatever order the set iterates in. */
    private static List<String> labelsOf(Collection<? extends Labelled> values, String language) {
        return values.stream().sorted((a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal()))
                .map(v -> v.label(language)).toList();
    }
}
