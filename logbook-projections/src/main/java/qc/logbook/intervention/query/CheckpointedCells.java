package qc.logbook.intervention.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.reference.WorkerRole;

/**
 * Where {@link ReferralBreakdownProjection}'s handlers fold the events after a checkpoint: on top of the cells it kept
 * — month, year and all-time cells, never day cells — and of the facts of the interventions the events touch, as they
 * stood at the checkpoint (the caller loads them; an intervention absent had no event up to the checkpoint).
 *
 * <p>A checkpoint leaves the day cells out because they hold a part per intervention (as big as the facts) while the
 * breakdown reads only the other levels. A day cell the fold needs is rebuilt from what is known: the day's totals (its
 * part in the month cell) are the sum of its interventions' parts, so the cell is the parts of the loaded interventions
 * of that day plus one part holding the rest. Setting an intervention's part then gives the same totals as the real
 * cell would, and the month, year and all-time cells change as in a full fold — up to counters whose value is zero: a
 * counter left at zero in the rest is dropped, though an intervention not loaded might hold it at zero (a collective
 * intervention with zero participants, from an imported history). Such a counter changes no breakdown: the breakdown
 * reads counters by key (absent is zero) and lists months from the month counters, which are never zero. A negative
 * counter in the rest would mean the checkpoint and the loaded facts disagree: it throws {@link Inexact}.
 */
public final class CheckpointedCells implements DocumentStore {

    /** The key of the rebuilt part that holds the day's other interventions (never an intervention id). */
    private static final String REST = "~rest";

    private final Function<String, BreakdownCell> checkpoint;
    private final Map<String, InterventionFacts> loadedFacts;
    private final Map<String, List<InterventionFacts>> loadedByDay = new HashMap<>();
    private final Map<String, Object> facts = new HashMap<>();
    private final Map<String, BreakdownCell> cells = new HashMap<>();

    /**
     * @param checkpoint  the cells the checkpoint kept, by id ({@code null} when it has none with that id)
     * @param loadedFacts the facts, as of the checkpoint, of every intervention that the events to fold touch and that
     *                    had an event up to the checkpoint
     */
    public CheckpointedCells(Function<String, BreakdownCell> checkpoint, Map<String, InterventionFacts> loadedFacts) {
        this.checkpoint = checkpoint;
        this.loadedFacts = loadedFacts;
        loadedFacts.values().forEach(f -> loadedByDay.computeIfAbsent(dayCellId(f), k -> new ArrayList<>())
                .add(f));
    }

    /** Whether a checkpoint keeps this cell: every level but the days. */
    public static boolean kept(BreakdownCell cell) {
        return !BreakdownCell.DAY.equals(cell.level());
    }

    /** The kept cells the fold changed, by id. */
    public Map<String, BreakdownCell> changedCells() {
        Map<String, BreakdownCell> changed = new LinkedHashMap<>();
        cells.forEach((id, cell) -> {
            if (kept(cell)) {
                changed.put(id, cell);
            }
        });
        return changed;
    }

    /** The cells with these ids, as folded (what {@link ReferralBreakdownProjection#breakdownFromCells} reads). */
    public ReferralBreakdownProjection.CellSource cellSource() {
        return ids -> ids.stream().map(this::keptCell).filter(Objects::nonNull).toList();
    }

    private BreakdownCell keptCell(String id) {
        BreakdownCell cell = cells.get(id);
        return cell != null ? cell : checkpoint.apply(id);
    }

    @Override
    public <T> T find(String collection, String id, Class<T> type) {
        if (InterventionFacts.COLLECTION.equals(collection)) {
            Object document = facts.containsKey(id) ? facts.get(id) : loadedFacts.get(id);
            return type.cast(document);
        }
        if (!BreakdownCell.COLLECTION.equals(collection)) {
            throw new IllegalArgumentException(collection);
        }
        BreakdownCell cell = cells.get(id);
        if (cell == null) {
            cell = id.startsWith(BreakdownCell.DAY + "|") ? rebuiltDay(id) : checkpoint.apply(id);
        }
        return type.cast(cell);
    }

    @Override
    public void save(String collection, String id, Object document) {
        if (InterventionFacts.COLLECTION.equals(collection)) {
            facts.put(id, document);
        } else if (BreakdownCell.COLLECTION.equals(collection)) {
            cells.put(id, (BreakdownCell) document);
        } else {
            throw new IllegalArgumentException(collection);
        }
    }

    /** The day cell {@code D|yyyy-MM-dd|territory|ROLE} rebuilt from its month cell's part and the loaded facts. */
    private BreakdownCell rebuiltDay(String id) {
        String[] key = id.split("\\|", 4);
        LocalDate date = LocalDate.parse(key[1]);
        WorkerRole role = WorkerRole.valueOf(key[3]);
        BreakdownCell month = keptCell(BreakdownCell.id(BreakdownCell.MONTH, YearMonth.from(date).toString(), key[2],
                role));
        BreakdownCell.Part day = month == null ? null : month.parts().get(String.format("%02d", date.getDayOfMonth()));
        if (day == null) {
            return null; // no day cell, or an empty one: the handler starts from an empty cell either way
        }
        Map<String, Long> rest = new LinkedHashMap<>(day.counts());
        Map<String, BreakdownCell.Part> parts = new HashMap<>();
        for (InterventionFacts f : loadedByDay.getOrDefault(id, List.of())) {
            Map<String, Long> counts = ReferralBreakdownCalculator.counts(f);
            if (!counts.isEmpty()) {
                parts.put(f.id(), new BreakdownCell.Part(f.date(), counts));
                counts.forEach((k, v) -> rest.merge(k, -v, Long::sum));
            }
        }
        if (rest.values().stream().anyMatch(v -> v < 0)) {
            throw new Inexact();
        }
        rest.values().removeIf(v -> v == 0);
        if (!rest.isEmpty()) {
            parts.put(REST, new BreakdownCell.Part(date, rest));
        }
        return new BreakdownCell(id, BreakdownCell.DAY, key[1], month.region(), key[2], role, parts, day.counts());
    }

    private static String dayCellId(InterventionFacts facts) {
        return BreakdownCell.id(BreakdownCell.DAY, facts.date().toString(), facts.territory(), facts.workerRole());
    }

    /** The checkpoint and the loaded facts disagree (a bug, never expected): fold the whole history instead. */
    public static final class Inexact extends RuntimeException {
        Inexact() {
            super("A day's totals are below its loaded interventions' parts", null, false, false);
        }
    }
}
