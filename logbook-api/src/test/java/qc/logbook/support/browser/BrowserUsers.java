package qc.logbook.support.browser;

/** The configured users of {@link BrowserTest}s: one per role, all with {@link #PASSWORD}. */
public final class BrowserUsers {

    public static final String PASSWORD = "Mot-de-passe-du-test-1";
    /** bcrypt of {@link #PASSWORD}, at cost 4 to keep sign-ins fast in tests. */
    static final String HASH = "$2a$04$wXw/NEqmFXrlC5AbjIhvwuDT8rJ38XAz3nRb9fqEFuqmcr4RFzGPi";

    public static final String ADMIN = "admin-test";
    /** A worker of Lévis and Bellechasse (Chaudière-Appalaches). */
    public static final String WORKER = "worker-levis";
    /** A coordinator of Lévis and Bellechasse. */
    public static final String COORDINATOR = "coordinator-levis";
    public static final String EVALUATOR = "evaluator-test";

    private BrowserUsers() {
    }
}
