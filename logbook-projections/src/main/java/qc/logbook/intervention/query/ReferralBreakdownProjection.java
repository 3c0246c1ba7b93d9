package qc.logbook.intervention.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Territory;
import qc.logbook.reference.WorkerRole;

/**
 * Keeps one {@link InterventionFacts} document per intervention (corrections applied, cancellations as tombstones) and
 * pre-aggregated {@link BreakdownCell}s per territory, worker role and month or year; answers the referral breakdown
 * from the cells (a few hundred documents whatever the size of the history), or by folding the facts when the filter
 * uses a dimension the cells do not have (tenure, mode). Documents live in the active generation of the read model
 * (see {@link ReadModelGenerations}); a rebuild runs the same handlers on a shadow generation.
 *
 * <p>Each handler saves the cells before the facts, and batches are written in that order: the facts document is the
 * commit mark. If a batch fails half way, the facts still hold the old version, the batch is handled again from them,
 * and setting the same cell parts again changes nothing.
 */
@Component
@ProcessingGroup(ReferralBreakdownProjection.PROCESSING_GROUP)
public class ReferralBreakdownProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "referral-breakdown";
    /**
     * Version 2 added the pre-aggregated cells, version 3 the day cells under the month cells, version 4 the
     * participants of collective interventions (in the facts and the cells), version 5 the count per month of the
     * intervention's date (in the cells): a read model built before is rebuilt at start-up (and answered from the
     * facts meanwhile, whose participants are unknown until the rebuild completes).
     */
    static final int VERSION = 5;
    private static final String COLLECTION = InterventionFacts.COLLECTION;
    private static final String CELLS = BreakdownCell.COLLECTION;
    /** Cells before facts: the facts document marks a change as done (see the class comment). */
    private static final List<String> FLUSH_ORDER = List.of(CELLS, COLLECTION);

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;
    private final ReadModelGenerations generations;

    @Autowired
    public ReferralBreakdownProjection(MongoTemplate mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, PROCESSING_GROUP, FLUSH_ORDER)
                .keyedByAggregate(COLLECTION, Set.of(InterventionRecordedEvent.class, InterventionCorrectedEvent.class,
                        TenantReferredEvent.class, ReferralOutcomeRecordedEvent.class,
                        CollectiveActionSupportedEvent.class, InterventionCancelledEvent.class));
        this.documents = live;
        this.generations = generations;
    }

    /** Event handlers only, writing elsewhere (a shadow or temporary generation). */
    private ReferralBreakdownProjection(DocumentStore documents) {
        this.mongo = null;
        this.live = null;
        this.generations = null;
        this.documents = documents;
    }

    @EventHandler
    void on(InterventionRecordedEvent event, @SequenceNumber long sequence) {
        String id = event.interventionId().toString();
        if (documents.find(COLLECTION, id, InterventionFacts.class) == null) {
            InterventionFacts facts = InterventionFacts.recorded(event, sequence);
            place(null, facts);
            documents.save(COLLECTION, id, facts);
        }
    }

    @EventHandler
    void on(InterventionCorrectedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.corrected(event, sequence));
    }

    @EventHandler
    void on(TenantReferredEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.referred(event, sequence));
    }

    @EventHandler
    void on(ReferralOutcomeRecordedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.outcomeRecorded(event, sequence));
    }

    @EventHandler
    void on(CollectiveActionSupportedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.collectiveActionSupported(event, sequence));
    }

    @EventHandler
    void on(InterventionCancelledEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.cancelled(sequence));
    }

    @ResetHandler
    void reset() {
        live.removeAll(COLLECTION);
        live.removeAll(CELLS);
    }

    /**
     * The breakdown from the live read model. The application's query handler calls it for {@code
     * FindReferralBreakdownQuery} without an instant; "as of" an instant, the application folds the events and calls
     * {@link #breakdownFromCells} or {@link #breakdownFromFacts} on what it folded.
     */
    public ReferralBreakdown breakdown(InterventionFilter filter) {
        InterventionFilter f = filter == null ? InterventionFilter.all() : filter;
        // until a read model built before the cells existed has been rebuilt, the facts answer
        boolean cellsBuilt = generations.version(PROCESSING_GROUP) >= VERSION;
        if (usesFacts(f) || !cellsBuilt) {
            return breakdownFromFacts(live.active(COLLECTION), f);
        }
        String cells = live.active(CELLS);
        // whole periods read the totals only; partial months their totals and the parts of the days they need
        return fromCells(ids -> {
            Query totals = new Query(Criteria.where("_id").in(ids));
            totals.fields().exclude("parts");
            return mongo.find(totals, BreakdownCell.class, cells);
        }, (ids, days) -> {
            Query some = new Query(Criteria.where("_id").in(ids));
            some.fields().include("totals");
            days.forEach(day -> some.fields().include("parts." + day));
            return mongo.find(some, BreakdownCell.class, cells);
        }, f);
    }

    /**
     * Where a partial month's cells are read: the ones with these ids that exist, with their totals and at least the
     * parts under these keys (a month cell's parts are its days, {@code 01} to {@code 31}).
     */
    @FunctionalInterface
    private interface PartSource {
        Collection<BreakdownCell> find(Collection<String> ids, Collection<String> parts);
    }

    /** Where {@link #breakdownFromCells} reads cells: the ones with these ids that exist. */
    @FunctionalInterface
    public interface CellSource {
        Collection<BreakdownCell> find(Collection<String> ids);
    }

    /**
     * The cells have no tenure or mode dimension: such filters are answered from the facts ({@link
     * #breakdownFromFacts}), the others from the cells ({@link #breakdownFromCells}).
     */
    public static boolean usesFacts(InterventionFilter filter) {
        return filter != null && (filter.tenure() != null || filter.mode() != null);
    }

    /** The breakdown from the cells of any source (the live collection, or cells folded "as of" an instant). */
    public ReferralBreakdown breakdownFromCells(CellSource cells, InterventionFilter filter) {
        return fromCells(cells, (ids, days) -> cells.find(ids), filter == null ? InterventionFilter.all() : filter);
    }

    /** The breakdown from the facts in a collection (the live one, or a temporary one written "as of" an instant). */
    public ReferralBreakdown breakdownFromFacts(String factsCollection, InterventionFilter filter) {
        return fromFacts(factsCollection, filter == null ? InterventionFilter.all() : filter);
    }

    /**
     * Sums the cells covering the period: all-time cells without a period, else whole years, whole months, and the days
     * of at most two partial months.
     */
    private ReferralBreakdown fromCells(CellSource totalsOf, PartSource partsOf, InterventionFilter filter) {
        LocalDate from = filter.from() == null || filter.from().isBefore(InterventionDetails.EARLIEST_DATE)
                ? InterventionDetails.EARLIEST_DATE : filter.from();
        LocalDate latest = LocalDate.of(LocalDate.now().getYear() + 1, 12, 31);
        LocalDate to = filter.to() == null || filter.to().isAfter(latest) ? latest : filter.to();
        ReferralBreakdownCalculator calculator = new ReferralBreakdownCalculator();
        if (from.isAfter(to)) {
            return calculator.result();
        }
        List<String> territories = territories(filter);
        List<WorkerRole> roles = filter.workerRole() == null
                ? List.of(WorkerRole.values()) : List.of(filter.workerRole());
        BreakdownPeriods periods = filter.from() == null && filter.to() == null
                ? new BreakdownPeriods(List.of(), List.of(), List.of()) : BreakdownPeriods.between(from, to);
        List<String> whole = new ArrayList<>();
        if (filter.from() == null && filter.to() == null) {
            ids(BreakdownCell.ALL_TIME, BreakdownCell.ALL_PERIODS, territories, roles, whole);
        }
        periods.years().forEach(y -> ids(BreakdownCell.YEAR, y, territories, roles, whole));
        periods.months().forEach(m -> ids(BreakdownCell.MONTH, m, territories, roles, whole));
        if (!whole.isEmpty()) {
            totalsOf.find(whole).forEach(cell -> calculator.addCounts(cell.totals()));
        }
        for (BreakdownPeriods.Partial partial : periods.partialMonths()) {
            List<String> ids = new ArrayList<>();
            ids(BreakdownCell.MONTH, partial.month(), territories, roles, ids);
            // the days of the period, or when it holds most of the month, the month's totals less the days left out:
            // a month cell's totals are the sum of its days' parts, so both give the same counts, and at most half
            // of a month's parts are read
            int first = partial.from().getDayOfMonth();
            int last = partial.to().getDayOfMonth();
            int length = partial.from().lengthOfMonth();
            boolean lessDaysLeftOut = last - first + 1 > length / 2;
            List<String> days = new ArrayList<>();
            for (int day = 1; day <= length; day++) {
                if ((day >= first && day <= last) != lessDaysLeftOut) {
                    days.add(String.format("%02d", day));
                }
            }
            for (BreakdownCell cell : partsOf.find(ids, days)) {
                if (lessDaysLeftOut) {
                    calculator.addCounts(cell.totals());
                }
                for (String day : days) {
                    BreakdownCell.Part part = cell.parts().get(day);
                    if (part != null) {
                        if (lessDaysLeftOut) {
                            calculator.subtractCounts(part.counts());
                        } else {
                            calculator.addCounts(part.counts());
                        }
                    }
                }
            }
        }
        return calculator.result(filter.from(), filter.to());
    }

    private static List<String> territories(InterventionFilter filter) {
        List<String> known = (filter.region() == null ? Territories.all() : Territories.inRegion(filter.region()))
                .stream().map(Territory::code).toList();
        return filter.territories() == null ? known
                : known.stream().filter(filter.territories()::contains).toList();
    }

    private static void ids(String level, String period, List<String> territories, List<WorkerRole> roles,
                            List<String> into) {
        for (String territory : territories) {
            for (WorkerRole role : roles) {
                into.add(BreakdownCell.id(level, period, territory, role));
            }
        }
    }

    private ReferralBreakdown fromFacts(String collection, InterventionFilter filter) {
        ReferralBreakdownCalculator calculator = new ReferralBreakdownCalculator();
        try (Stream<InterventionFacts> facts = mongo.stream(new Query(criteria(filter)), InterventionFacts.class,
                collection)) {
            facts.forEach(calculator::add);
        }
        return calculator.result(filter.from(), filter.to());
    }

    private void update(InterventionId id, long sequence, UnaryOperator<InterventionFacts> change) {
        InterventionFacts current = documents.find(COLLECTION, id.toString(), InterventionFacts.class);
        if (current != null && current.version() < sequence) {
            InterventionFacts next = change.apply(current);
            place(current, next);
            documents.save(COLLECTION, current.id(), next);
        }
    }

    /** Moves an intervention's contribution from the cells of its old facts to those of its new facts. */
    private void place(InterventionFacts before, InterventionFacts after) {
        String dayBefore = before == null ? null : dayCellId(before);
        if (dayBefore != null && !dayBefore.equals(dayCellId(after))) {
            setPart(before, null);
        }
        setPart(after, new BreakdownCell.Part(after.date(), ReferralBreakdownCalculator.counts(after)));
    }

    /**
     * Sets an intervention's part in its day cell, then carries the change up: the day's totals are a part of the
     * month cell (dated, for periods that start or end within a month), the month's of the year cell, the year's of
     * the all-time cell. Every cell stays small (at most an intervention per part in a day, 31 parts in a month), so
     * each change rewrites four small documents.
     */
    private void setPart(InterventionFacts facts, BreakdownCell.Part part) {
        LocalDate date = facts.date();
        String month = YearMonth.from(date).toString();
        String year = Integer.toString(date.getYear());
        BreakdownCell changedDay = setPart(BreakdownCell.DAY, date.toString(), facts, facts.id(), part);
        if (changedDay == null) {
            return;
        }
        BreakdownCell changedMonth = setPart(BreakdownCell.MONTH, month, facts,
                String.format("%02d", date.getDayOfMonth()), new BreakdownCell.Part(date, changedDay.totals()));
        if (changedMonth == null) {
            return;
        }
        BreakdownCell changedYear = setPart(BreakdownCell.YEAR, year, facts, month.substring(5),
                new BreakdownCell.Part(null, changedMonth.totals()));
        if (changedYear == null) {
            return;
        }
        setPart(BreakdownCell.ALL_TIME, BreakdownCell.ALL_PERIODS, facts, year,
                new BreakdownCell.Part(null, changedYear.totals()));
    }

    /** The cell of this level and period for the facts' territory and role, with a part replaced; null if unchanged. */
    private BreakdownCell setPart(String level, String period, InterventionFacts facts, String key,
                                  BreakdownCell.Part part) {
        String id = BreakdownCell.id(level, period, facts.territory(), facts.workerRole());
        BreakdownCell cell = documents.find(CELLS, id, BreakdownCell.class);
        if (cell == null) {
            cell = BreakdownCell.empty(level, period, facts.region(), facts.territory(), facts.workerRole());
        }
        BreakdownCell changed = cell.withPart(key, part);
        if (changed == cell) {
            return null;
        }
        documents.save(CELLS, id, changed);
        return changed;
    }

    private static String dayCellId(InterventionFacts facts) {
        return BreakdownCell.id(BreakdownCell.DAY, facts.date().toString(), facts.territory(), facts.workerRole());
    }

    static Criteria criteria(InterventionFilter filter) {
        return FilterCriteria.of(Criteria.where("cancelled").is(false), filter, "");
    }

    @Override
    public String readModelName() {
        return PROCESSING_GROUP;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public Map<String, Class<?>> collections() {
        Map<String, Class<?>> collections = new LinkedHashMap<>();
        collections.put(CELLS, BreakdownCell.class);
        collections.put(COLLECTION, InterventionFacts.class);
        return collections;
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new ReferralBreakdownProjection(target);
    }
}
