package qc.logbook.asof;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import qc.logbook.ele.api.FindFundingTableQuery;
import qc.logbook.ele.query.FundingProjection;
import qc.logbook.ele.query.FundingTable;
import qc.logbook.intervention.api.FindReferralBreakdownQuery;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.query.BreakdownCell;
import qc.logbook.intervention.query.CheckpointedCells;
import qc.logbook.intervention.query.InterventionFacts;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.intervention.query.ReferralBreakdownProjection;
import qc.logbook.readmodel.InMemoryDocuments;
import qc.logbook.replay.FullHistoryFold;

/**
 * Answers the referral breakdown and the funding table, now or "as of" an instant. Now: the projection answers from
 * its live read model. As of an instant, the application folds and the projection answers once, on what was folded:
 * <ul>
 *   <li>the breakdown from the latest checkpoint whose events are all at or before the instant, plus the events after
 *   it with a timestamp up to the instant ({@link BreakdownCheckpoints});</li>
 *   <li>the breakdown filtered by tenure or mode — dimensions the cells do not have — from every event up to the
 *   instant, folded in memory and written to temporary collections for the facts query ({@link FullHistoryFold});</li>
 *   <li>the funding table from the funding events alone (selected by type in SQL), folded in memory.</li>
 * </ul>
 * Results are those of a fold of the whole history with the read model's handlers (the property tests compare them).
 */
@Component
@EnableConfigurationProperties(AsOfProperties.class)
public class PointInTimeReads {

    private final ReferralBreakdownProjection breakdowns;
    private final FundingProjection funding;
    private final BreakdownCheckpoints checkpoints;
    private final StoredEvents stored;
    private final FullHistoryFold fullFold;
    private final Set<String> fundingTypes;

    PointInTimeReads(ReferralBreakdownProjection breakdowns, FundingProjection funding,
                     BreakdownCheckpoints checkpoints, StoredEvents stored, FullHistoryFold fullFold) {
        this.breakdowns = breakdowns;
        this.funding = funding;
        this.checkpoints = checkpoints;
        this.stored = stored;
        this.fullFold = fullFold;
        this.fundingTypes = StoredEvents.storedNames(funding.eventHandlersWriting(new InMemoryDocuments()));
    }

    @QueryHandler
    ReferralBreakdown handle(FindReferralBreakdownQuery query) {
        return query.asOf() == null ? breakdowns.breakdown(query.filter()) : breakdown(query.filter(), query.asOf());
    }

    @QueryHandler
    FundingTable handle(FindFundingTableQuery query) {
        return query.asOf() == null ? funding.table(query) : fundingTable(query);
    }

    /**
     * Takes now every checkpoint the stored history allows (the background builder does the same, later) and returns
     * how many were taken: for the benchmark, and for tests.
     */
    public int catchUpCheckpoints() {
        return checkpoints.catchUp();
    }

    /** The breakdown as it stood at {@code asOf}. */
    public ReferralBreakdown breakdown(InterventionFilter filter, Instant asOf) {
        if (ReferralBreakdownProjection.usesFacts(filter)) {
            return breakdownFromFullFold(filter, asOf);
        }
        Checkpoint checkpoint = checkpoints.before(asOf);
        List<DomainEventMessage<?>> events = stored.after(checkpoint.position(), checkpoints.within(checkpoint, asOf),
                asOf, checkpoints.types());
        try {
            CheckpointedCells cells = checkpoints.fold(checkpoint, events);
            return breakdowns.breakdownFromCells(cells.cellSource(), filter);
        } catch (CheckpointedCells.Inexact e) {
            return breakdownFromFullFold(filter, asOf);
        }
    }

    /** The breakdown as it stood at {@code asOf}, from a fold of the whole history (the baseline, and tenure/mode). */
    public ReferralBreakdown breakdownFromFullFold(InterventionFilter filter, Instant asOf) {
        InMemoryDocuments memory = fullFold.fold(ReferralBreakdownProjection.PROCESSING_GROUP, asOf);
        if (ReferralBreakdownProjection.usesFacts(filter)) {
            return fullFold.onTemporaryCollections(ReferralBreakdownProjection.PROCESSING_GROUP, memory,
                    Set.of(InterventionFacts.COLLECTION),
                    names -> breakdowns.breakdownFromFacts(names.of(InterventionFacts.COLLECTION), filter));
        }
        Map<String, Object> cells = memory.collection(BreakdownCell.COLLECTION);
        return breakdowns.breakdownFromCells(ids -> ids.stream().map(cells::get).filter(Objects::nonNull)
                .map(BreakdownCell.class::cast).toList(), filter);
    }

    /** The funding table as it stood at {@code query.asOf()}, from the funding events up to it. */
    public FundingTable fundingTable(FindFundingTableQuery query) {
        InMemoryDocuments memory = new InMemoryDocuments();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(
                funding.eventHandlersWriting(memory));
        for (DomainEventMessage<?> event : stored.after(-1, query.asOf(), fundingTypes)) {
            BreakdownCheckpoints.handle(handlers, event);
        }
        return funding.table(memory, query);
    }

    /** The funding table as it stood at {@code query.asOf()}, from a fold of the whole history (the baseline). */
    public FundingTable fundingTableFromFullFold(FindFundingTableQuery query) {
        return funding.table(fullFold.fold(FundingProjection.PROCESSING_GROUP, query.asOf()), query);
    }
}
