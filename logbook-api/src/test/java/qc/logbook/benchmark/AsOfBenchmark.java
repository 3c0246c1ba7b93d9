package qc.logbook.benchmark;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import qc.logbook.asof.PointInTimeReads;
import qc.logbook.ele.api.DefineFundingMeasureCommand;
import qc.logbook.ele.api.FindFundingTableQuery;
import qc.logbook.ele.api.FormLocalTeamCommand;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.api.FundingPeriod;
import qc.logbook.ele.api.GrantProjectSupportCommand;
import qc.logbook.ele.api.CompleteProjectCommand;
import qc.logbook.ele.api.CorrectProjectFiguresCommand;
import qc.logbook.ele.api.LocalTeamDetails;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.Participants;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.SubmitProjectCommand;
import qc.logbook.ele.api.TeamMembers;
import qc.logbook.ele.query.FundingTable;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.query.ReferralBreakdown;

/**
 * The point-in-time reads' phase ({@code -Dbenchmark.phase=asof}): on a store of N events (interventions, plus ÉLÉ
 * projects half before and half after them), the referral breakdown and the funding table "as of" instants spread
 * through the history, from the checkpoints and the funding events, against the baseline measured in the same run:
 * the fold of the whole history ({@code FullHistoryFold}, which filters by tenure or mode still use). Prints p95
 * beside the goal (under 2 s at 1,000,000 events) and the baseline, checks that both give the same results, and
 * records the checkpoints' build time and heap.
 *
 * <p>Settings: {@code benchmark.asof-instants} (instants measured, default 40) and {@code benchmark.asof-baseline}
 * (instants measured with the full fold, default 5: it takes seconds each).
 */
final class AsOfBenchmark {

    private static final double GOAL_MILLIS = 2_000;
    private static final List<String> TERRITORIES = InterventionHistory.TERRITORIES;

    private final ConfigurableApplicationContext context;
    private final Map<String, Object> results;
    private final int instantsMeasured = Integer.getInteger("benchmark.asof-instants", 40);
    private final int baselineMeasured = Integer.getInteger("benchmark.asof-baseline", 5);
    private final FundingMeasureId measure = FundingMeasureId.random();
    private final List<LocalTeamId> teams = new ArrayList<>();
    private final Random random = new Random(29);

    AsOfBenchmark(ConfigurableApplicationContext context, Map<String, Object> results) {
        this.context = context;
        this.results = results;
    }

    /** Before the store is filled: the measure, a team per territory and half of the projects. */
    void fundingBefore() {
        CommandGateway commands = context.getBean(CommandGateway.class);
        commands.sendAndWait(new DefineFundingMeasureCommand(measure, "Entente de soutien", new FundingPeriod(2019,
                2025), Money.ofDollars(5_000_000)));
        for (String territory : TERRITORIES) {
            LocalTeamId team = LocalTeamId.random();
            commands.sendAndWait(new FormLocalTeamCommand(team, new LocalTeamDetails("ÉLÉ " + territory, territory,
                    new TeamMembers(3, 4, 2, 1), List.of(), List.of())));
            teams.add(team);
        }
        projects(commands, 150);
    }

    /** After the store is filled: the other half of the projects; then the measures. */
    void run() {
        projects(context.getBean(CommandGateway.class), 150);
        PointInTimeReads reads = context.getBean(PointInTimeReads.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long events = Objects.requireNonNull(jdbc.queryForObject("select count(*) from domain_event_entry",
                Long.class));

        long heapBefore = usedHeap();
        long start = System.nanoTime();
        int taken = reads.catchUpCheckpoints();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long heap = Math.max(0, usedHeap() - heapBefore);
        System.out.printf("as-of checkpoints: %d taken over %,d events in %.1f s, about %.0f MiB of heap%n", taken,
                events, buildSeconds, heap / 1048576.0);

        List<Instant> instants = instants(jdbc, instantsMeasured);
        List<InterventionFilter> filters = List.of(InterventionFilter.all(),
                new InterventionFilter(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 15), null,
                        Set.of("LEVIS", "MONTMAGNY"), null, null, null));
        reads.breakdown(filters.get(0), instants.get(0));
        reads.fundingTable(new FindFundingTableQuery(measure, null, instants.get(0)));

        long[] breakdown = new long[instants.size()];
        long[] funding = new long[instants.size()];
        for (int i = 0; i < instants.size(); i++) {
            Instant instant = instants.get(i);
            InterventionFilter filter = filters.get(i % filters.size());
            breakdown[i] = time(() -> reads.breakdown(filter, instant));
            funding[i] = time(() -> reads.fundingTable(new FindFundingTableQuery(measure, null, instant)));
        }

        List<Instant> baselineInstants = instants(jdbc, baselineMeasured);
        long[] breakdownBaseline = new long[baselineInstants.size()];
        long[] fundingBaseline = new long[baselineInstants.size()];
        boolean identical = true;
        for (int i = 0; i < baselineInstants.size(); i++) {
            Instant instant = baselineInstants.get(i);
            InterventionFilter filter = filters.get(i % filters.size());
            ReferralBreakdown[] full = new ReferralBreakdown[1];
            breakdownBaseline[i] = time(() -> full[0] = reads.breakdownFromFullFold(filter, instant));
            FundingTable[] fullTable = new FundingTable[1];
            FindFundingTableQuery query = new FindFundingTableQuery(measure, null, instant);
            fundingBaseline[i] = time(() -> fullTable[0] = reads.fundingTableFromFullFold(query));
            identical &= full[0].equals(reads.breakdown(filter, instant))
                    && fullTable[0].equals(reads.fundingTable(query));
        }

        Map<String, Object> asOf = new LinkedHashMap<>();
        asOf.put("events", events);
        asOf.put("checkpoints", Map.of("taken", taken, "buildSeconds", round(buildSeconds),
                "heapMiB", round(heap / 1048576.0)));
        asOf.put("instants", instants.size());
        asOf.put("baselineInstants", baselineInstants.size());
        asOf.put("goalP95Millis", GOAL_MILLIS);
        asOf.put("referralBreakdown", figures(breakdown, breakdownBaseline));
        asOf.put("fundingTable", figures(funding, fundingBaseline));
        asOf.put("identicalToFullFold", identical);
        results.put("asOf", asOf);
        System.out.printf("as of an instant, %,d events, p95 over %d instants (goal < %.0f ms), baseline = full fold "
                        + "over %d instants:%n  referral breakdown %s%n  funding table %s%n  identical to the full "
                        + "fold: %s%n", events, instants.size(), GOAL_MILLIS, baselineInstants.size(),
                asOf.get("referralBreakdown"), asOf.get("fundingTable"), identical);
        if (!identical) {
            throw new IllegalStateException("point-in-time reads differ from the full fold");
        }
    }

    private Map<String, Object> figures(long[] measured, long[] baseline) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("p50Millis", round(percentile(measured, 0.50)));
        figures.put("p95Millis", round(percentile(measured, 0.95)));
        figures.put("maxMillis", round(percentile(measured, 1.0)));
        figures.put("baselineP50Millis", round(percentile(baseline, 0.50)));
        figures.put("baselineP95Millis", round(percentile(baseline, 0.95)));
        figures.put("goalMet", percentile(measured, 0.95) < GOAL_MILLIS);
        return figures;
    }

    private void projects(CommandGateway commands, int count) {
        for (int i = 0; i < count; i++) {
            int t = random.nextInt(TERRITORIES.size());
            ProjectId project = ProjectId.random();
            ProjectDetails details = new ProjectDetails("Projet " + random.nextInt(10_000),
                    List.of(TERRITORIES.get(t)), "Projet de milieu", Participants.persons(10 + random.nextInt(200)),
                    List.of(), Money.ofDollars(2_000 + random.nextInt(30_000)), random.nextBoolean(), null);
            commands.sendAndWait(new SubmitProjectCommand(measure, project, teams.get(t), details));
            Money support = Money.ofDollars(500 + random.nextInt(1_500));
            commands.sendAndWait(new GrantProjectSupportCommand(measure, project, support));
            if (random.nextInt(3) == 0) { // figures are corrected once a project is completed
                commands.sendAndWait(new CompleteProjectCommand(measure, project));
                ProjectDetails corrected = new ProjectDetails(details.title(), details.territories(),
                        details.description(), details.participants(), details.outcomes(),
                        Money.ofDollars(details.totalCost().cents() / 100 + 1_000), details.researchDocumented(), null);
                commands.sendAndWait(new CorrectProjectFiguresCommand(measure, project, corrected,
                        Money.ofDollars(400 + random.nextInt(1_500)), "Chiffres corrigés"));
            }
        }
    }

    /** {@code count} instants evenly spread between the first and the last event's timestamp. */
    private static List<Instant> instants(JdbcTemplate jdbc, int count) {
        Timestamp first = jdbc.queryForObject("select min(cast(time_stamp as timestamptz)) from domain_event_entry",
                Timestamp.class);
        Timestamp last = jdbc.queryForObject("select max(cast(time_stamp as timestamptz)) from domain_event_entry",
                Timestamp.class);
        Instant from = Objects.requireNonNull(first).toInstant();
        long span = Duration.between(from, Objects.requireNonNull(last).toInstant()).toMillis();
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instants.add(from.plusMillis((long) (span * (i + 0.5) / count)));
        }
        return instants;
    }

    private static long time(Supplier<?> read) {
        long start = System.nanoTime();
        read.get();
        return System.nanoTime() - start;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(long[] nanos, double rank) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * rank) - 1)] / 1e6;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
