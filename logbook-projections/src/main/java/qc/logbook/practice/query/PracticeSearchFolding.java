package qc.logbook.practice.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import qc.logbook.domain.Text;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;

/**
 * How events change a practice's search document, as plain functions. Only publications and retirements matter to
 * search: drafts and pending revisions never show there.
 */
final class PracticeSearchFolding {

    static final int EXCERPT_LENGTH = 240;

    private PracticeSearchFolding() {
    }

    /** Whether an event with this sequence number is new to the document (events may be delivered again). */
    static boolean isNew(PracticeSearchDocument existing, long sequence) {
        return existing == null || sequence > existing.lastSequence();
    }

    static PracticeSearchDocument published(PracticePublishedEvent event, long sequence) {
        PracticeForm form = event.form();
        PracticeDescription d = form.description();
        List<String> nameTerms = SearchText.terms(form.name());
        List<String> textTerms = new ArrayList<>();
        for (String text : List.of(nullToEmpty(d.origin()), nullToEmpty(d.coverage()), nullToEmpty(d.objectives()),
                nullToEmpty(d.means()), nullToEmpty(d.perceivedOutcomes()), nullToEmpty(d.measuredOutcomes()),
                nullToEmpty(form.detailedDescription()))) {
            textTerms.addAll(SearchText.terms(text));
        }
        LinkedHashSet<String> terms = new LinkedHashSet<>(nameTerms);
        terms.addAll(textTerms);
        return new PracticeSearchDocument(event.practiceId().toString(), event.revision(), form.name(),
                excerpt(form), keyMessage(form), form.regions(), form.healthRegions(), form.tenure(), d.categories(),
                d.items(), d.specificProjects(), form.targetPopulations(), form.interventionType(), form.partners(),
                form.impacts().psychosocial(), form.impacts().economic(), form.impacts().health(), form.selfRating(),
                form.sclsCharacteristics(), form.categories(), form.startDate(), event.publishedAt(), nameTerms,
                textTerms, List.copyOf(terms), false, sequence);
    }

    static PracticeSearchDocument retired(PracticeSearchDocument existing, PracticeRetiredEvent event, long sequence) {
        if (existing == null) {
            return new PracticeSearchDocument(event.practiceId().toString(), event.lastPublishedRevision(), null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, true, sequence);
        }
        PracticeSearchDocument e = existing;
        return new PracticeSearchDocument(e.id(), e.revision(), e.name(), e.excerpt(), e.keyMessage(), e.regions(),
                e.healthRegions(), e.tenure(), e.descriptionCategories(), e.descriptionItems(), e.specificProjects(),
                e.targetPopulations(), e.interventionType(), e.partners(), e.psychosocialImpacts(),
                e.economicImpacts(), e.healthImpacts(), e.selfRating(), e.sclsCharacteristics(), e.categories(),
                e.startDate(), e.publishedAt(), e.nameTerms(), e.textTerms(), e.terms(), true, sequence);
    }

    /** The start of the objectives, else of the detailed description, else of the origin, cut at a word. */
    static String excerpt(PracticeForm form) {
        String source = firstPresent(form.description().objectives(), form.detailedDescription(),
                form.description().origin());
        if (source == null) {
            return null;
        }
        String text = source.strip().replaceAll("\\s+", " ");
        if (Text.length(text) <= EXCERPT_LENGTH) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH));
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > EXCERPT_LENGTH / 2 ? cut.substring(0, lastSpace) : cut) + "…";
    }

    /** The first key message, else the second: the card shows the practice's own words on what matters. */
    static String keyMessage(PracticeForm form) {
        String message = firstPresent(form.keyMessage1(), form.keyMessage2());
        return message == null ? null : message.strip();
    }

    private static String firstPresent(String... texts) {
        for (String text : texts) {
            if (!Text.isBlank(text)) {
                return text;
            }
        }
        return null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
