package qc.logbook.readmodel;

import java.util.Map;

/**
 * A read model that the application can rebuild blue/green (in shadow collections, switched in once caught up) and
 * query "as of" an instant. A projection implements it next to its {@code @EventHandler}s; any read model of any
 * feature (funding table, practice search…) plugs in by implementing it as a Spring bean.
 */
public interface RebuildableReadModel {

    /** The read model's name, used in the admin API and as the key of its active generation. */
    String readModelName();

    /** The Axon processing group that keeps the read model up to date (paused while a rebuild switches). */
    default String processingGroup() {
        return readModelName();
    }

    /**
     * The version of the read model's shape and fold: raise it when a change of the projection needs the read model
     * rebuilt; at start-up, a read model whose active generation was built by an older version is rebuilt blue/green.
     */
    default int version() {
        return 1;
    }

    /**
     * Logical collection names and the document class stored in each (its indexes are created on new generations), in
     * the order a batch must write them (see {@link WriteBehindBuffer}).
     */
    Map<String, Class<?>> collections();

    /**
     * A fresh instance of the projection's event handlers writing to {@code documents}: the rebuild feeds it every
     * event in global order through Axon's annotation support, so the same {@code @EventHandler} code runs.
     */
    Object eventHandlersWriting(DocumentStore documents);
}
