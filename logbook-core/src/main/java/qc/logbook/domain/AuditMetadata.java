package qc.logbook.domain;

/**
 * Metadata keys attached to every command and copied onto the events it produces: declared here once, for the
 * application that writes them and the projections and exports that read them.
 */
public final class AuditMetadata {

    /** Pseudonymous id of the authenticated user. */
    public static final String USER_ID = "userId";
    /** Simple name of the command's class. */
    public static final String COMMAND_NAME = "commandName";
    /** When the service received the request (ISO-8601). */
    public static final String RECEIVED_AT = "receivedAt";
    /** The HTTP request's id ({@code X-Request-Id} or generated); Axon's own correlationId links messages. */
    public static final String REQUEST_ID = "requestId";

    private AuditMetadata() {
    }
}
