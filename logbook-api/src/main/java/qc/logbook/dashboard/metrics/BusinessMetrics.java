package qc.logbook.dashboard.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.FindReferralBreakdownQuery;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.intervention.query.Share;
import qc.logbook.reference.Tenure;

/**
 * The figures of the tableau de bord that operations watch beside the technical ones, as gauges read from the referral
 * breakdown over the whole journal (the same query as {@code GET /api/v1/stats/referrals}, every territory):
 * <ul>
 *   <li>{@code logbook.interventions} tagged {@code tenure} (four values): interventions in the journal, cancelled ones
 *       excluded; Grafana's {@code delta} over a day gives the interventions added per day;</li>
 *   <li>{@code logbook.referrals}: referrals; {@code logbook.referrals.without.outcome}: those whose outcome is not
 *       recorded yet (the open loop);</li>
 *   <li>{@code logbook.referrals.rate}: share (0–1) of individual interventions with at least one referral.</li>
 * </ul>
 * Whole-journal totals only: no territory, worker or tenant, and tags from a closed taxonomy, so the series stay few
 * and identify no one. Read models are the same for every node, so every node reports the same values (aggregate
 * with {@code max}, not {@code sum}). The breakdown is read at most once per {@link #REFRESH} whatever the number of
 * gauges and scrapes; when it cannot be read (store down) the gauges keep their last values.
 */
@Component
class BusinessMetrics {

    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(BusinessMetrics.class);

    private final QueryGateway queries;
    private final Clock clock;
    private volatile ReferralBreakdown last;
    private volatile Instant readAt = Instant.MIN;

    @Autowired
    BusinessMetrics(MeterRegistry registry, QueryGateway queries) {
        this(registry, queries, Clock.systemUTC());
    }

    BusinessMetrics(MeterRegistry registry, QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        for (Tenure tenure : Tenure.values()) {
            gauge(registry, "logbook.interventions", "Interventions in the journal (cancelled ones excluded)",
                    b -> count(b, tenure), tenure);
        }
        gauge(registry, "logbook.referrals", "Referrals of the journal's interventions", ReferralBreakdown::referrals,
                null);
        gauge(registry, "logbook.referrals.without.outcome", "Referrals whose outcome is not recorded yet",
                b -> b.referralOutcomes().stream().filter(s -> ReferralBreakdown.NOT_RECORDED.equals(s.code()))
                        .mapToLong(Share::count).sum(), null);
        gauge(registry, "logbook.referrals.rate", "Share of individual interventions with at least one referral",
                b -> b.individualInterventions() == 0 ? 0
                        : b.individualWithReferral().count() / (double) b.individualInterventions(), null);
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<ReferralBreakdown> value, Tenure tenure) {
        Gauge.Builder<BusinessMetrics> builder = Gauge.builder(name, this, metrics -> {
            ReferralBreakdown breakdown = metrics.breakdown();
            return breakdown == null ? Double.NaN : value.applyAsDouble(breakdown);
        }).description(description);
        if (tenure != null) {
            builder.tag("tenure", tenure.name());
        }
        builder.register(registry);
    }

    private static long count(ReferralBreakdown breakdown, Tenure tenure) {
        return breakdown.byTenure().stream().filter(s -> s.code().equals(tenure.name())).mapToLong(Share::count)
                .sum();
    }

    /** The breakdown read at most {@link #REFRESH} ago, or the last one read. */
    ReferralBreakdown breakdown() {
        Instant now = clock.instant();
        if (last == null || readAt.plus(REFRESH).isBefore(now)) {
            synchronized (this) {
                if (last == null || readAt.plus(REFRESH).isBefore(now)) {
                    refresh();
                }
            }
        }
        return last;
    }

    /** Reads the breakdown now. */
    synchronized void refresh() {
        try {
            last = queries.query(new FindReferralBreakdownQuery(InterventionFilter.all()),
                    ResponseTypes.instanceOf(ReferralBreakdown.class)).get(10, java.util.concurrent.TimeUnit.SECONDS);
            readAt = clock.instant();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception unreadable) {
            // the read-model store may be down: keep the last figures, say why once per refresh
            log.warn("Business metrics not refreshed: {}", unreadable.toString());
            readAt = clock.instant();
        }
    }
}
