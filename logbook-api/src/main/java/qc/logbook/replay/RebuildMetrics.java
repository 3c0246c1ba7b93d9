package qc.logbook.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Progress of the running (or last) rebuild as Micrometer gauges: {@code logbook.rebuild.running} (1 while one runs),
 * {@code logbook.rebuild.events.done}, {@code logbook.rebuild.events.stored}, {@code logbook.rebuild.events.rate}
 * (events/s) and {@code logbook.rebuild.remaining} (estimated seconds left). No gauge name ends in {@code .total}:
 * Prometheus reserves {@code _total} for counters and the registry drops it from a gauge's name.
 */
@Component
class RebuildMetrics {

    RebuildMetrics(MeterRegistry registry, RebuildService rebuilds) {
        gauge(registry, rebuilds, "logbook.rebuild.running", "1 while a read-model rebuild runs",
                job -> job.running() ? 1 : 0);
        gauge(registry, rebuilds, "logbook.rebuild.events.done", "Events folded by the current or last rebuild",
                job -> job.eventsDone.get());
        gauge(registry, rebuilds, "logbook.rebuild.events.stored", "Events in the store when the rebuild started",
                job -> job.eventsTotal);
        gauge(registry, rebuilds, "logbook.rebuild.events.rate", "Events folded per second by the rebuild",
                RebuildJob::eventsPerSecond);
        gauge(registry, rebuilds, "logbook.rebuild.remaining", "Estimated seconds left to the rebuild",
                job -> job.estimatedSecondsLeft() == null ? Double.NaN : job.estimatedSecondsLeft());
    }

    private static void gauge(MeterRegistry registry, RebuildService rebuilds, String name, String description,
                              ToDoubleFunction<RebuildJob> value) {
        Gauge.builder(name, rebuilds, service -> service.current() == null ? 0 : value.applyAsDouble(service.current()))
                .description(description)
                .register(registry);
    }
}
