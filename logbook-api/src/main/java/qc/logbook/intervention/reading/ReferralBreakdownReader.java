package qc.logbook.intervention.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;
import qc.logbook.intervention.api.FindReferralBreakdownQuery;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.WorkerRole;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;

/**
 * Reads the referral breakdown for the current user, as every endpoint showing it must: the period checked, the
 * territories narrowed to the user's own. Small-cell suppression is left to the caller, which knows its format.
 */
@Component
public class ReferralBreakdownReader {

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    ReferralBreakdownReader(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** The breakdown the user may see, and who they are (to decide on suppression). */
    public record Result(ReferralBreakdown breakdown, LogbookUser user) {
    }

    public Result read(LocalDate from, LocalDate to, AdministrativeRegion region, List<String> territories,
                       WorkerRole workerRole, Instant asOf) {
        if (from != null && to != null && from.isAfter(to)) {
            throw RuleViolation.invalid("from", "period.inverted");
        }
        LogbookUser user = currentUser.require();
        InterventionFilter filter = new InterventionFilter(from, to, region, user.restrict(territories), workerRole,
                null, null);
        ReferralBreakdown breakdown = queries.query(new FindReferralBreakdownQuery(filter, asOf),
                ResponseTypes.instanceOf(ReferralBreakdown.class)).join();
        return new Result(breakdown, user);
    }
}
