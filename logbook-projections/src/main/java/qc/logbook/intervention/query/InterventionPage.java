package qc.logbook.intervention.query;

import java.util.List;

/** One page of interventions with the total count of those the filter covers. */
public record InterventionPage(List<InterventionView> items, int page, int size, long totalItems, long totalPages) {

    public static InterventionPage of(List<InterventionView> items, int page, int size, long totalItems) {
        return new InterventionPage(items, page, size, totalItems, size == 0 ? 0 : (totalItems + size - 1) / size);
    }
}
