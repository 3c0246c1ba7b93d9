package qc.logbook.asof;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.CollectiveSupportId;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralId;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.intervention.api.WorkerId;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;
import qc.logbook.reference.SupportCategory;
import qc.logbook.reference.TargetGroup;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;
import qc.logbook.support.InterventionEvents;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * The referral breakdown "as of" an instant, folded from a checkpoint, equals the fold of the whole history — on
 * generated histories (seeded) with corrections that move an intervention to another day, territory or role,
 * cancellations, referral outcomes, collective actions with participants (zero too), sealed notes and tenant
 * references (which the point-in-time reads leave unopened), events whose timestamps are out
 * of global order (late commits and imported history), and instants before, at, between and after checkpoints. The
 * checkpoints are taken every 7 events here, so a few hundred events give dozens of them; the context is its own (its
 * own stores), so the generated history does not reach other tests.
 */
@LogbookIntegrationTest
@TestPropertySource(properties = {"logbook.as-of.checkpoints=false", "logbook.as-of.checkpoint-every=7",
        "logbook.as-of.max-checkpoints=24"})
class CheckpointedFoldIntegrationTest {

    private static final List<String> TERRITORIES = List.of("LEVIS", "MONTMAGNY", "BELLECHASSE", "LOTBINIERE");
    private static final Instant START = Instant.parse("2031-03-01T08:00:00Z");

    @Autowired
    PointInTimeReads reads;

    @Autowired
    BreakdownCheckpoints checkpoints;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    private final List<Instant> timestamps = new ArrayList<>();
    private Instant clock = START;

    @Test
    void answers_from_checkpoints_as_the_fold_of_the_whole_history() throws Exception {
        Random random = new Random(16);
        int compared = 0;
        for (int round = 0; round < 5; round++) {
            insert(history(random, 30 + random.nextInt(30)), random);
            checkpoints.catchUp();
            for (Instant instant : instants(random)) {
                for (InterventionFilter filter : filters()) {
                    assertThat(reads.breakdown(filter, instant))
                            .as("as of %s, %s", instant, filter)
                            .isEqualTo(reads.breakdownFromFullFold(filter, instant));
                    compared++;
                }
            }
        }
        // the thinning kept the count bounded, and the checkpoints cover the history
        assertThat(checkpoints.checkpoints()).hasSizeBetween(10, 24);
        assertThat(compared).isGreaterThan(500);
    }

    /** Before everything, at and around every checkpoint's latest timestamp, at random, and after everything. */
    private List<Instant> instants(Random random) {
        TreeSet<Instant> instants = new TreeSet<>();
        instants.add(START.minusSeconds(1));
        for (Checkpoint checkpoint : checkpoints.checkpoints()) {
            if (checkpoint.maxTimestamp() != null && random.nextInt(3) == 0) {
                instants.add(checkpoint.maxTimestamp());
                instants.add(checkpoint.maxTimestamp().minusMillis(1));
            }
        }
        Instant last = timestamps.stream().max(Instant::compareTo).orElse(START);
        for (int i = 0; i < 6; i++) {
            long span = Duration.between(START, last).toMillis();
            instants.add(START.plusMillis((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000)));
        }
        instants.add(timestamps.get(random.nextInt(timestamps.size())));
        instants.add(last.plusSeconds(1));
        return List.copyOf(instants);
    }

    private static List<InterventionFilter> filters() {
        return List.of(InterventionFilter.all(),
                new InterventionFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null, null, null,
                        null),
                new InterventionFilter(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 6, 17), null, null, null, null,
                        null),
                new InterventionFilter(null, null, null, Set.of("LEVIS", "MONTMAGNY"), WorkerRole.OUTREACH_WORKER,
                        null, null),
                new InterventionFilter(LocalDate.of(2024, 2, 14), null, AdministrativeRegion.CHAUDIERE_APPALACHES,
                        null, null, null, null),
                new InterventionFilter(null, null, null, null, null, Tenure.HLM_OMH, null));
    }

    /** Interventions, each its own events in order; dates in 2024, so periods cut months. */
    private static List<List<Object>> history(Random random, int interventions) {
        List<List<Object>> streams = new ArrayList<>();
        for (int i = 0; i < interventions; i++) {
            InterventionId id = InterventionId.random();
            InterventionDetails details = details(random);
            List<Object> events = new ArrayList<>();
            events.add(new InterventionRecordedEvent(id, details));
            ReferralId referral = null;
            for (int step = 0; step < random.nextInt(5); step++) {
                switch (random.nextInt(5)) {
                    case 0 -> {
                        if (details.mode() == InterventionMode.INDIVIDUAL) {
                            referral = ReferralId.random();
                            events.add(new TenantReferredEvent(id, referral, pick(random, ReferralSector.values()),
                                    pick(random, ReferralNeed.values()), random.nextBoolean(), details.date()));
                        }
                    }
                    case 1 -> {
                        if (referral != null) {
                            events.add(new ReferralOutcomeRecordedEvent(id, referral,
                                    pick(random, ReferralOutcome.values()), details.date().plusDays(3)));
                        }
                    }
                    case 2 -> {
                        if (details.mode() == InterventionMode.COLLECTIVE) {
                            events.add(new CollectiveActionSupportedEvent(id, CollectiveSupportId.random(),
                                    pick(random, CollectiveActionKind.values()),
                                    pick(random, CollectiveSupportKind.values()), "Comité " + random.nextInt(9),
                                    null));
                        }
                    }
                    case 3 -> {
                        details = corrected(details, random);
                        events.add(new InterventionCorrectedEvent(id, details, "Corrigée"));
                    }
                    default -> {
                        if (random.nextInt(4) == 0) {
                            events.add(new InterventionCancelledEvent(id, "Doublon"));
                        }
                    }
                }
            }
            streams.add(events);
        }
        return streams;
    }

    private static InterventionDetails details(Random random) {
        boolean individual = random.nextBoolean();
        Integer participants = individual ? null : random.nextInt(8) == 0 ? Integer.valueOf(0)
                : random.nextInt(3) == 0 ? null : Integer.valueOf(1 + random.nextInt(30));
        return new InterventionDetails(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)),
                WorkerId.of("W-" + random.nextInt(20)), pick(random, WorkerRole.values()),
                AdministrativeRegion.CHAUDIERE_APPALACHES, TERRITORIES.get(random.nextInt(TERRITORIES.size())),
                "Organisme " + random.nextInt(5), pick(random, new Tenure[] {Tenure.HLM_OMH, Tenure.COOP, Tenure.OBNL}),
                individual ? InterventionMode.INDIVIDUAL : InterventionMode.COLLECTIVE,
                Set.of(pick(random, TargetGroup.values())), Set.of(), 30 + random.nextInt(60),
                EnumSet.of(pick(random, SupportCategory.values())),
                random.nextInt(3) == 0 ? "Note de suivi" : null,
                individual && random.nextBoolean() ? TenantRef.of("T-" + random.nextInt(40)) : null,
                random.nextBoolean(), participants);
    }

    /** A correction moving the intervention to another day, territory or role, or changing its participants. */
    private static InterventionDetails corrected(InterventionDetails d, Random random) {
        LocalDate date = random.nextBoolean() ? d.date().plusDays(random.nextInt(61) - 30) : d.date();
        String territory = random.nextInt(3) == 0 ? TERRITORIES.get(random.nextInt(TERRITORIES.size()))
                : d.territory();
        WorkerRole role = random.nextInt(3) == 0 ? pick(random, WorkerRole.values()) : d.workerRole();
        Integer participants = d.mode() == InterventionMode.COLLECTIVE ? Integer.valueOf(random.nextInt(12))
                : null;
        return new InterventionDetails(date, d.worker(), role, d.region(), territory, d.housingOrganisation(),
                d.tenure(), d.mode(), d.targetGroups(), d.ageGroups(), d.durationMinutes() + 5,
                d.supportCategories(), d.notes(), d.tenant(), d.followUpPlanned(), participants);
    }

    /**
     * Appends the streams interleaved (each in its own order), as concurrent users do; timestamps mostly follow the
     * global order, some are a little earlier (a commit that waited) and some days earlier (imported history).
     */
    private void insert(List<List<Object>> streams, Random random) throws Exception {
        byte[] meta = serializer.serialize(MetaData.from(Map.of("userId", "W-test")), byte[].class).getData();
        int[] next = new int[streams.size()];
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into domain_event_entry (aggregate_identifier, "
                     + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, "
                     + "time_stamp) values (?, ?, 'Intervention', ?, ?, ?, ?, ?, ?)")) {
            int left = streams.stream().mapToInt(List::size).sum();
            while (left > 0) {
                int s = random.nextInt(streams.size());
                if (next[s] >= streams.get(s).size()) {
                    continue;
                }
                Object event = streams.get(s).get(next[s]);
                clock = clock.plusMillis(1 + random.nextInt(60_000));
                Instant at = switch (random.nextInt(20)) {
                    case 0 -> clock.minusMillis(random.nextInt(120_000));
                    case 1 -> clock.minus(Duration.ofDays(1 + random.nextInt(3)));
                    default -> clock;
                };
                timestamps.add(at);
                SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
                insert.setString(1, InterventionEvents.aggregateOf(event));
                insert.setLong(2, next[s]);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, meta);
                insert.setBytes(5, payload.getData());
                insert.setString(6, payload.getType().getRevision());
                insert.setString(7, payload.getType().getName());
                insert.setString(8, DateTimeUtils.formatInstant(at));
                insert.executeUpdate();
                next[s]++;
                left--;
            }
        }
    }

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }
}
