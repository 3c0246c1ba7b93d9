package qc.logbook.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets with a stable iteration order (declaration order), so serialised events are reproducible. */
public final class Sets {

    private Sets() {
    }

    public static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (E value : values) {
                if (value != null) {
                    set.add(value);
                }
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
