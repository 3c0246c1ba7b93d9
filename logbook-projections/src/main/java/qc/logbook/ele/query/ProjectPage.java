package qc.logbook.ele.query;

import java.util.List;

/** One page of projects with the total count of those the filter covers. */
public record ProjectPage(List<ProjectView> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
