package qc.logbook.deadletter;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Whether a failure says that a store was unreachable or busy, rather than anything about the event being handled:
 * the same event handled again later may well succeed, so it must be retried where it is, not parked.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null;
             cause = cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable cause) {
        return cause instanceof MongoSocketException
                || cause instanceof MongoTimeoutException
                || cause instanceof MongoNotPrimaryException
                || cause instanceof MongoNodeIsRecoveringException
                || cause instanceof MongoConnectionPoolClearedException
                || cause instanceof MongoInterruptedException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                // Network failures only: most IOExceptions (Jackson's among them) are about content.
                || cause instanceof SocketException
                || cause instanceof SocketTimeoutException
                || cause instanceof ClosedChannelException
                || cause instanceof SQLException sql && isTransientState(sql.getSQLState());
    }

    /**
     * PostgreSQL's SQLSTATEs for a lost or refused connection (08), a rolled-back transaction (40: serialisation,
     * deadlock), a lack of resources (53), an operator's intervention or a shutdown (57), a lock not obtained in time
     * (55P03) and a session ended for idling in its transaction (25P03).
     */
    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57") || state.equals("55P03") || state.equals("25P03"));
    }
}
