package qc.logbook.hostile;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many hostile requests the suite sends, and from which seed, set from the command line:
 * <ul>
 *     <li>{@code -Dlogbook.hostile.tries=100000}: the total number of cases, shared between the properties in the
 *     proportion of their declared tries (default: the declared tries, 2,200 in all);</li>
 *     <li>{@code -Dlogbook.hostile.seed=random}: a fresh seed, printed by jqwik with any failure so that it can be
 *     replayed with {@code -Dlogbook.hostile.seed=<that seed>} (default: the fixed seed below, so that
 *     {@code ./mvnw verify} sends the same cases every time).</li>
 * </ul>
 */
public class HostileBudget implements AroundPropertyHook {

    static final String TRIES = "logbook.hostile.tries";
    static final String SEED = "logbook.hostile.seed";
    static final String FIXED_SEED = "20261201";

    /** The sum of the tries declared on the suite's properties. */
    static final int DECLARED_TOTAL = HostileInputIntegrationTest.WRITE_TRIES + HostileInputIntegrationTest.QUERY_TRIES;

    /** Declared on the test class, it must reach the properties inside it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        String total = System.getProperty(TRIES);
        if (total != null && !total.isBlank()) {
            int declared = attributes.tries().orElse(DECLARED_TOTAL);
            long scaled = Math.round((double) Integer.parseInt(total.strip()) * declared / DECLARED_TOTAL);
            attributes.setTries((int) Math.max(1, scaled));
        }
        String seed = System.getProperty(SEED, FIXED_SEED).strip();
        if (!"random".equalsIgnoreCase(seed)) {
            attributes.setSeed(seed);
        }
        return property.execute();
    }
}
