package qc.logbook.practice.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.reference.Labelled;

/**
 * What changed between two revisions of a practice, field by field in the form's order and grouped by its sections:
 * each field's text before and after, the changed ones marked. Computed on the server from the two forms, so the
 * reviewer sees exactly what the read model holds.
 */
@Component
class PracticeFormDiff {

    /** One field of the form: its section, the bundle key of its label, and how to read it. */
    private record Field(int section, String label, Function<PracticeForm, Object> value) {
    }

    /** A field's two values as the page shows them. */
    record Row(String label, String before, String after, boolean changed) {
    }

    record Section(int number, List<Row> rows) {
        public boolean changed() {
            return rows.stream().anyMatch(Row::changed);
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field(1, "practices.form.name", PracticeForm::name),
            new Field(2, "practices.form.regions", PracticeForm::regions),
            new Field(2, "practices.form.healthRegions", PracticeForm::healthRegions),
            new Field(3, "practices.form.tenure", PracticeForm::tenure),
            new Field(3, "practices.form.tenurePrecision", PracticeForm::tenurePrecision),
            new Field(4, "practices.form.origin", f -> f.description().origin()),
            new Field(4, "practices.form.coverage", f -> f.description().coverage()),
            new Field(4, "practices.form.objectives", f -> f.description().objectives()),
            new Field(4, "practices.form.means", f -> f.description().means()),
            new Field(4, "practices.form.perceivedOutcomes", f -> f.description().perceivedOutcomes()),
            new Field(4, "practices.form.measuredOutcomes", f -> f.description().measuredOutcomes()),
            new Field(4, "practices.form.descriptions", f -> f.description().categories()),
            new Field(4, "practices.form.descriptions", f -> f.description().items()),
            new Field(4, "practices.form.specify", f -> f.description().other()),
            new Field(4, "practices.form.specificProjects", f -> f.description().specificProjects()),
            new Field(4, "practices.form.specify", f -> f.description().specificProjectsOther()),
            new Field(5, "practices.form.targetPopulations", PracticeForm::targetPopulations),
            new Field(5, "practices.form.specify", PracticeForm::targetPopulationsOther),
            new Field(6, "practices.form.interventionType", PracticeForm::interventionType),
            new Field(7, "practices.form.detailedDescription", PracticeForm::detailedDescription),
            new Field(8, "practices.form.startDate", PracticeForm::startDate),
            new Field(8, "practices.form.durationMonths", PracticeForm::durationMonths),
            new Field(9, "practices.form.winningConditions", PracticeForm::winningConditions),
            new Field(10, "practices.form.partners", PracticeForm::partners),
            new Field(10, "practices.form.partnerMinistries", PracticeForm::partnerMinistries),
            new Field(10, "practices.form.partnersOther", PracticeForm::partnersOther),
            new Field(11, "practices.form.costOptions", PracticeForm::costOptions),
            new Field(11, "practices.form.costDetails", PracticeForm::costDetails),
            new Field(12, "practices.form.strengths", f -> f.evaluation().strengths()),
            new Field(12, "practices.form.limits", f -> f.evaluation().limits()),
            new Field(12, "practices.form.opportunities", f -> f.evaluation().opportunities()),
            new Field(12, "practices.form.threats", f -> f.evaluation().threats()),
            new Field(13, "practices.form.evaluated", f -> f.impacts().evaluated()),
            new Field(13, "practices.form.perceived", f -> f.impacts().perceived()),
            new Field(13, "practices.form.psychosocial", f -> f.impacts().psychosocial()),
            new Field(13, "practices.form.specify", f -> f.impacts().psychosocialOther()),
            new Field(13, "practices.form.economic", f -> f.impacts().economic()),
            new Field(13, "practices.form.specify", f -> f.impacts().economicOther()),
            new Field(13, "practices.form.health", f -> f.impacts().health()),
            new Field(13, "practices.form.specify", f -> f.impacts().healthOther()),
            new Field(14, "practices.form.changesToMake", PracticeForm::changesToMake),
            new Field(15, "practices.form.transferableTools", PracticeForm::transferableTools),
            new Field(16, "practices.form.sclsCharacteristics", PracticeForm::sclsCharacteristics),
            new Field(16, "practices.form.specify", PracticeForm::sclsCharacteristicsOther),
            new Field(17, "practices.form.categories", PracticeForm::categories),
            new Field(17, "practices.form.specify", PracticeForm::categoriesOther),
            new Field(18, "practices.form.selfRating", PracticeForm::selfRating),
            new Field(19, "practices.form.peopleInvolved", PracticeForm::peopleInvolved),
            new Field(20, "practices.form.keyMessage1", PracticeForm::keyMessage1),
            new Field(20, "practices.form.keyMessage2", PracticeForm::keyMessage2));

    private final PracticeLabels labels;
    private final org.springframework.context.MessageSource messages;

    PracticeFormDiff(PracticeLabels labels, org.springframework.context.MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /** Every section, every field; {@code before} null for a first submission (everything is new). */
    List<Section> compare(PracticeForm before, PracticeForm after, java.util.Locale locale) {
        Map<Integer, List<Row>> sections = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            String old = before == null ? "" : text(field.value().apply(before));
            String now = after == null ? "" : text(field.value().apply(after));
            if (old.isEmpty() && now.isEmpty()) {
                continue;
            }
            sections.computeIfAbsent(field.section(), n -> new ArrayList<>()).add(new Row(
                    messages.getMessage(field.label(), null, locale), old, now, !Objects.equals(old, now)));
        }
        return sections.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Labelled labelled) {
            return labels.of(labelled);
        }
        if (value instanceof Collection<?> values) {
            @SuppressWarnings("unchecked")
            Collection<? extends Labelled> ticked = (Collection<? extends Labelled>) values;
            return labels.all(ticked);
        }
        return value.toString().strip();
    }
}
