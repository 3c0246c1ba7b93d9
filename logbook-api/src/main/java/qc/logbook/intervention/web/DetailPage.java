package qc.logbook.intervention.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import qc.logbook.intervention.query.InterventionStatus;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.intervention.query.TimelineEntry;
import qc.logbook.pages.PageLabels;
import qc.logbook.practice.api.PracticeSort;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.practice.query.PracticeSearchEngine;
import qc.logbook.practice.query.PracticeSearchResult;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Labelled;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;

/** The detail page of an intervention: its details, timeline and follow-up forms (each possibly refused). */
@Component
class DetailPage {

    static final String VIEW = "interventions/detail";
    /** Confirmations a redirect may ask the page to show. */
    static final Set<String> CONFIRMATIONS = Set.of("recorded", "referred", "outcome", "supported", "corrected",
            "cancelled");

    /** One line of the timeline, worded. */
    record TimelineLine(String what, String when, String actor, String reason, String detail) {
    }

    private final MessageSource messages;
    private final PageLabels labels;
    private final QueryGateway queries;

    DetailPage(MessageSource messages, PageLabels labels, QueryGateway queries) {
        this.messages = messages;
        this.labels = labels;
        this.queries = queries;
    }

    /**
     * The published practices a collective support may name, by name: the repository's search query, newest
     * first, at most a page of the largest size.
     */
    private Map<String, String> publishedPractices() {
        SearchPracticesQuery all = new SearchPracticesQuery(null, null, null, null, null, null, null, null, null,
                null, null, PracticeSort.DATE, 0, PracticeSearchEngine.MAX_PAGE_SIZE);
        Map<String, String> practices = new LinkedHashMap<>();
        queries.query(all, ResponseTypes.instanceOf(PracticeSearchResult.class)).join().items().stream()
                .sorted(Comparator.comparing(PracticeSearchResult.Item::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(item -> practices.put(item.id(), item.name()));
        return practices;
    }

    /** The page's model; the follow-up forms start empty unless {@link Forms} says otherwise. */
    String show(Model model, InterventionView view, String done, Forms forms, Locale locale) {
        model.addAttribute("view", view);
        model.addAttribute("details", view.details());
        model.addAttribute("active", view.status() == InterventionStatus.ACTIVE);
        model.addAttribute("individual", view.details().mode() == InterventionMode.INDIVIDUAL);
        model.addAttribute("corrected", InterventionFacts.corrected(view));
        model.addAttribute("notesErased", InterventionFacts.notesErased(view.details()));
        model.addAttribute("tenantErased", InterventionFacts.tenantErased(view.details()));
        model.addAttribute("participants", view.details().participants());
        model.addAttribute("timeline", view.timeline().stream().map(e -> line(e, locale)).toList());
        model.addAttribute("done", done != null && CONFIRMATIONS.contains(done) ? done : null);
        model.addAttribute("sectors", ReferralSector.values());
        model.addAttribute("needs", ReferralNeed.values());
        model.addAttribute("outcomes", ReferralOutcome.values());
        model.addAttribute("actionKinds", CollectiveActionKind.values());
        model.addAttribute("supportKinds", CollectiveSupportKind.values());
        model.addAttribute("practices", view.details().mode() == InterventionMode.COLLECTIVE
                ? publishedPractices() : Map.of());
        model.addAttribute("forms", forms == null ? new Forms() : forms);
        // Client-chosen ids: a form sent twice (a double tap, a retry) records once.
        model.addAttribute("newReferralId", java.util.UUID.randomUUID());
        model.addAttribute("newSupportId", java.util.UUID.randomUUID());
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto")));
        return VIEW;
    }

    private TimelineLine line(TimelineEntry entry, Locale locale) {
        String what = messages.getMessage("interventions.timeline." + entry.type(), null, entry.type(), locale);
        return new TimelineLine(what, labels.dateTime(entry.occurredAt()), entry.actor(), entry.reason(),
                detail(entry));
    }

    /** The entry's detail code (an enum name) as its label; the code says which taxonomy by the event type. */
    private String detail(TimelineEntry entry) {
        if (entry.detail() == null) {
            return null;
        }
        try {
            Labelled label = switch (entry.type()) {
                case "InterventionRecordedEvent" -> InterventionMode.valueOf(entry.detail());
                case "TenantReferredEvent" -> ReferralSector.valueOf(entry.detail());
                case "ReferralOutcomeRecordedEvent" -> ReferralOutcome.valueOf(entry.detail());
                case "CollectiveActionSupportedEvent" -> CollectiveActionKind.valueOf(entry.detail());
                default -> null;
            };
            return label == null ? null : labels.of(label);
        } catch (IllegalArgumentException unknownCode) {
            return null;
        }
    }

    /** The follow-up forms of the page with what was typed and why it was refused, when one was. */
    static final class Forms {
        private FormValues referral = FormValues.empty();
        private FormErrors referralErrors = FollowUps.errors(FollowUps.REFERRAL);
        private FormValues support = FormValues.empty();
        private FormErrors supportErrors = FollowUps.errors(FollowUps.SUPPORT);
        private final Map<String, FormValues> outcome = new HashMap<>();
        private final Map<String, FormErrors> outcomeErrors = new HashMap<>();

        Forms referral(FormValues values, FormErrors errors) {
            referral = values;
            referralErrors = errors;
            return this;
        }

        Forms support(FormValues values, FormErrors errors) {
            support = values;
            supportErrors = errors;
            return this;
        }

        Forms outcome(String referralId, FormValues values, FormErrors errors) {
            outcome.put(referralId, values);
            outcomeErrors.put(referralId, errors);
            return this;
        }

        public FormValues getReferral() {
            return referral;
        }

        public FormErrors getReferralErrors() {
            return referralErrors;
        }

        public FormValues getSupport() {
            return support;
        }

        public FormErrors getSupportErrors() {
            return supportErrors;
        }

        public FormValues outcome(String referralId) {
            return outcome.getOrDefault(referralId, FormValues.empty());
        }

        public FormErrors outcomeErrors(String referralId) {
            return outcomeErrors.getOrDefault(referralId, FollowUps.errors(FollowUps.OUTCOME));
        }
    }

    /** The follow-up forms' inputs in order. */
    static final class FollowUps {
        static final List<String> REFERRAL = List.of("sector", "need", "accompanied", "referredOn");
        static final List<String> OUTCOME = List.of("outcome", "observedOn");
        static final List<String> SUPPORT = List.of("actionKind", "supportKind", "groupName", "practiceId");
        static final List<String> CANCELLATION = List.of("reason");

        private FollowUps() {
        }

        static FormErrors errors(List<String> order) {
            return new FormErrors(order, Map.of());
        }
    }
}
