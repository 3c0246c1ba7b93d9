package qc.logbook.ele.query;

import java.util.List;

/** One page of local teams with the total count of those the filter covers. */
public record LocalTeamPage(List<LocalTeamView> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
