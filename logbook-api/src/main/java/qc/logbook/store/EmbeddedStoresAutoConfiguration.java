package qc.logbook.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded default stores, started when no external database is configured: a real PostgreSQL (zonky binaries)
 * for the event store and an in-process MongoDB-wire server (mongo-java-server, H2 file backend) for the read models,
 * both persistent under {@code logbook.store.data-dir}. They are exposed as Spring Boot connection details, so the
 * rest of the application (DataSource, Flyway, MongoDB) is configured exactly as with external servers; Testcontainers'
 * {@code @ServiceConnection} beans take precedence in tests.
 */
@AutoConfiguration(
        before = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class, MongoAutoConfiguration.class,
                MongoDataAutoConfiguration.class},
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@EnableConfigurationProperties(StoreProperties.class)
public class EmbeddedStoresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoresAutoConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "__none__")
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    static class EmbeddedPostgresConfiguration {

        /** Starts the server while the other beans are created (bound here: it runs before any bean exists). */
        @Bean
        static EarlyPostgres embeddedPostgresEarlyStart(Environment environment) {
            StoreProperties properties = Binder.get(environment).bind("logbook.store", StoreProperties.class)
                    .orElseGet(() -> new StoreProperties(null, null));
            return new EarlyPostgres(() -> startPostgres(properties));
        }

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(EarlyPostgres early) throws IOException {
            return early.server();
        }

        private static EmbeddedPostgres startPostgres(StoreProperties properties) throws IOException {
            Path dir = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
            Files.createDirectories(dir);
            // After a crash of the previous JVM its server may still run here: stop it, never start a second one.
            SurvivingPostmaster.release(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // zonky turns these off for speed; an acknowledged command must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Stopped by this bean's close, after everything that uses it, or by the watchdog if the JVM
                    // dies: zonky's own shutdown hook would stop it at exit while the context still closes, and its
                    // processors would wait out their connection timeout.
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
            return postgres;
        }

        /** Stopped before the server (it depends on it), so that it never acts on a clean stop. */
        @Bean(destroyMethod = "close")
        PostmasterWatchdog embeddedPostgresWatchdog(EmbeddedPostgres postgres, StoreProperties properties)
                throws IOException {
            Path dir = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
            // zonky's process handle is a launcher that has exited by now: the server's pid is in its lock file.
            return SurvivingPostmaster.runningPostmaster(dir)
                    .map(postmaster -> PostmasterWatchdog.watch(postmaster.pid(), dir))
                    .orElseGet(() -> PostmasterWatchdog.watch(-1, dir));
        }

        @Bean
        JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return "postgres";
                }

                @Override
                public String getPassword() {
                    return "";
                }

                @Override
                public String getJdbcUrl() {
                    return url;
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "spring.data.mongodb", name = "uri", matchIfMissing = true,
            havingValue = "__none__")
    @ConditionalOnMissingBean(MongoConnectionDetails.class)
    static class EmbeddedMongoConfiguration {

        /** The store's file, opened (an unreadable one moved aside first: see ReadModelStoreFile). */
        @Bean
        ReadModelStoreFile.Opened readModelStoreFile(StoreProperties properties) {
            try {
                Path dir = properties.dataDir().toAbsolutePath();
                Files.createDirectories(dir);
                return ReadModelStoreFile.open(dir.resolve("mongo.mv"), Clock.systemUTC(), properties.cacheMib());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Closed by the server's shutdown. */
        @Bean(destroyMethod = "")
        ReadModelStoreBackend readModelStoreBackend(ReadModelStoreFile.Opened file) {
            return file.backend();
        }

        @Bean(destroyMethod = "shutdownNow")
        MongoServer embeddedMongoServer(ReadModelStoreBackend backend) {
            MongoServer server = new MongoServer(backend);
            InetSocketAddress address = server.bind();
            log.info("Embedded MongoDB-wire server started on port {} with data in {}", address.getPort(),
                    backend.getMvStore().getFileStore().getFileName());
            return server;
        }

        /**
         * Processors and rebuilds commit the store's file before their tokens (decision 0022), with the positions a
         * start checks against those tokens (decision 0026).
         */
        @Bean
        EmbeddedReadModelStore embeddedReadModelStore(ReadModelStoreFile.Opened file,
                                                      ReadModelStoreBackend backend) {
            return new EmbeddedReadModelStore(backend, file.opening(), file.movedAside());
        }

        /**
         * How often the processors ask for a commit of the store, and how many commits of its file served them
         * (fewer when requests overlap: see EmbeddedReadModelStore).
         */
        @Bean
        MeterBinder embeddedReadModelStoreCommitMeters(EmbeddedReadModelStore store) {
            return registry -> {
                FunctionCounter.builder("logbook.read_model_store.commit.requests", store,
                                EmbeddedReadModelStore::commitCalls)
                        .description("Requests to make the read-model store's writes durable").register(registry);
                FunctionCounter.builder("logbook.read_model_store.commits", store, EmbeddedReadModelStore::commits)
                        .description("Commits of the read-model store's file that served them").register(registry);
            };
        }

        /** Rebuilds compact the file once the previous generation is dropped (decision 0030). */
        @Bean
        ReadModelFile embeddedReadModelFile(ReadModelStoreBackend backend) {
            return new CompactedFile(backend);
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server) {
            ConnectionString connectionString = new ConnectionString(
                    "mongodb://localhost:" + server.getLocalAddress().getPort() + "/logbook");
            return () -> connectionString;
        }
    }

    /** A real MongoDB: durability is its write concern's (see ReadModelStoreCommit). */
    @Bean
    @ConditionalOnMissingBean(ReadModelStoreCommit.class)
    ReadModelStoreCommit readModelStoreCommit() {
        return ReadModelStoreCommit.NONE;
    }
}
