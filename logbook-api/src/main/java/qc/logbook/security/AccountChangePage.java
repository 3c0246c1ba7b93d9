package qc.logbook.security;

import java.util.List;

/** One page of the account journal, most recent first. */
public record AccountChangePage(List<AccountChange> items, int page, int size, long totalItems, long totalPages) {
}
