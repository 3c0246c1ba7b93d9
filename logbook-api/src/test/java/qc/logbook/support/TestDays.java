package qc.logbook.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Days of their own for tests that isolate their data by filtering on a date. Every call in a test run gets a
 * different day of 2004 to 2008, years that no test writes a fixed date in: a random draw could land on another
 * test's day (or on a fixed one), and a count read back would then include that test's interventions.
 */
public final class TestDays {

    private static final LocalDate FIRST = LocalDate.of(2004, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2009, 1, 1).toEpochDay() - FIRST.toEpochDay());
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(DAYS));
    private static final AtomicInteger HANDED_OUT = new AtomicInteger();

    private TestDays() {
    }

    /** A day no other caller in this test run gets. */
    public static LocalDate unique() {
        if (HANDED_OUT.incrementAndGet() > DAYS) {
            throw new IllegalStateException("More than " + DAYS + " unique test days asked for in one run");
        }
        return FIRST.plusDays(Math.floorMod(NEXT.getAndIncrement(), DAYS));
    }
}
