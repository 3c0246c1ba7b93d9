package qc.logbook.intervention.query;

import org.springframework.data.mongodb.core.query.Criteria;
import qc.logbook.intervention.api.InterventionFilter;

/** Translates an {@link InterventionFilter} into MongoDB criteria, for documents whose fields sit under a prefix. */
final class FilterCriteria {

    private FilterCriteria() {
    }

    /**
     * @param base   criteria every document must meet besides the filter
     * @param prefix path of the intervention fields in the document ({@code ""} or {@code "details."})
     */
    static Criteria of(Criteria base, InterventionFilter filter, String prefix) {
        if (filter == null) {
            return base;
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria date = Criteria.where(prefix + "date");
            if (filter.from() != null) {
                date = date.gte(filter.from());
            }
            if (filter.to() != null) {
                date = date.lte(filter.to());
            }
            base.andOperator(date);
        }
        if (filter.region() != null) {
            base.and(prefix + "region").is(filter.region());
        }
        if (filter.territories() != null) {
            base.and(prefix + "territory").in(filter.territories());
        }
        if (filter.workerRole() != null) {
            base.and(prefix + "workerRole").is(filter.workerRole());
        }
        if (filter.tenure() != null) {
            base.and(prefix + "tenure").is(filter.tenure());
        }
        if (filter.mode() != null) {
            base.and(prefix + "mode").is(filter.mode());
        }
        return base;
    }
}
