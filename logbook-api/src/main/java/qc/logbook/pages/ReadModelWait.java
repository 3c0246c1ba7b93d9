package qc.logbook.pages;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read models follow writes by a moment. A page shown right after its own write (the redirect after recording a
 * referral, say) reads again for a short while until the write shows, rather than showing the state before it; past
 * the bound it shows what there is (the page then says the entry is still being saved).
 */
public final class ReadModelWait {

    public static final Duration BOUND = Duration.ofSeconds(3);
    private static final long PAUSE_MILLIS = 40;

    private ReadModelWait() {
    }

    public static <T> Optional<T> until(Supplier<Optional<T>> read, Predicate<T> caughtUp) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        Optional<T> current = read.get();
        while (!current.map(caughtUp::test).orElse(false) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = read.get();
        }
        return current;
    }
}
