package qc.logbook.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the context knows its bean definitions, before
 * any application bean is created: the server's own start (initdb on a fresh directory, recovery and start-up on a
 * restart: a process of its own, on the other core) then overlaps the creation of the beans that do not need it,
 * instead of coming first. The {@code embeddedPostgres} bean waits for it ({@link #server()}); if the context fails
 * before it, the server is stopped with the context.
 */
final class EarlyPostgres implements BeanFactoryPostProcessor, DisposableBean {

    /** What starts the server: may throw, as the bean would. */
    interface Start {
        EmbeddedPostgres start() throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(EarlyPostgres.class);

    private final Start start;
    private final CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
    private volatile boolean begun;
    private volatile boolean handedOver;

    EarlyPostgres(Start start) {
        this.start = start;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        begin();
    }

    private synchronized void begin() {
        if (begun) {
            return;
        }
        begun = true;
        Thread thread = new Thread(() -> {
            try {
                server.complete(start.start());
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The started server, once it has started; its failure to start, as the bean's own. */
    EmbeddedPostgres server() throws IOException {
        begin();
        try {
            EmbeddedPostgres postgres = server.get();
            handedOver = true;
            return postgres;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded PostgreSQL started", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A context that failed before the bean was created must not leave the server running. */
    @Override
    public void destroy() {
        if (!begun || handedOver) {
            return;
        }
        try {
            server.get(2, TimeUnit.MINUTES).close();
        } catch (ExecutionException e) {
            // it did not start: nothing to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | IOException | UncheckedIOException e) {
            log.warn("Could not stop the embedded PostgreSQL started for a context that failed: {}", e.toString());
        }
    }
}
