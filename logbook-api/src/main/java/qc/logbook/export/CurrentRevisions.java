package qc.logbook.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * Checks that a payload coming out of the upcaster chain is in the revision its event type is read in today (the
 * revision the serializer gives the class, from its {@code @Revision}). An export promises one shape per event type, so
 * a stored revision that no upcaster brings forward stops the export instead of slipping an old shape into the file.
 * Types whose class no longer exists have no current revision and pass as they are.
 */
final class CurrentRevisions {

    private final Serializer serializer;
    private final Map<SerializedType, String> current = new HashMap<>();

    CurrentRevisions(Serializer serializer) {
        this.serializer = serializer;
    }

    /** The revision of {@code type}, once checked to be the current one of its class. */
    String require(SerializedType type) {
        SerializedType key = new SimpleSerializedType(type.getName(), type.getRevision());
        String expected = current.computeIfAbsent(key, this::currentRevision);
        if (!Objects.equals(expected, type.getRevision())) {
            throw new IllegalStateException("No upcaster brings " + type.getName() + " from revision "
                    + type.getRevision() + " to its current revision " + expected);
        }
        return type.getRevision();
    }

    private String currentRevision(SerializedType type) {
        Class<?> eventClass = serializer.classForType(type);
        return UnknownSerializedType.class.equals(eventClass) ? type.getRevision()
                : serializer.typeForClass(eventClass).getRevision();
    }
}
