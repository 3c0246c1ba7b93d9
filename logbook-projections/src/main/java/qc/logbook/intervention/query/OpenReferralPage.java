package qc.logbook.intervention.query;

import java.util.List;

/** One page of referrals waiting for an outcome, with the count of all of them. */
public record OpenReferralPage(List<OpenReferral> items, int page, int size, long totalItems, long totalPages) {

    public OpenReferralPage {
        items = List.copyOf(items);
    }

    public static OpenReferralPage of(List<OpenReferral> items, int page, int size, long totalItems) {
        return new OpenReferralPage(items, page, size, totalItems, size == 0 ? 0 : (totalItems + size - 1) / size);
    }
}
