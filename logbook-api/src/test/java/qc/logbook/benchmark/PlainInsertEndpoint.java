package qc.logbook.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API's peer in the event path's benchmark: a plain Spring MVC endpoint under {@code /api/v1/}, so behind the
 * same security chain and filters as the API (HTTP Basic with remembered credentials, the request checks, the
 * problem documents), that reads the same JSON body and inserts one row per request into a table of its own (one
 * transaction each), without commands, events, aggregates or encryption. What the REST API costs beyond it is the
 * logbook's own work. Registered only when the benchmark asks for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PlainInsertEndpoint.ENABLED, havingValue = "true")
@Import(PlainInsertEndpoint.Controller.class)
class PlainInsertEndpoint {

    static final String ENABLED = "benchmark.plain-endpoint";
    static final String PATH = "/api/v1/benchmark/plain-insert";

    /** Conditional itself too: component scanning of the test sources finds it in every test's context. */
    @RestController
    @ConditionalOnProperty(name = PlainInsertEndpoint.ENABLED, havingValue = "true")
    static final class Controller {

        private final JdbcTemplate jdbc;
        private final ObjectMapper json;

        Controller(JdbcTemplate jdbc, ObjectMapper json) {
            this.jdbc = jdbc;
            this.json = json;
            jdbc.execute("create table if not exists benchmark_plain_insert (id bigserial primary key, "
                    + "received_at timestamptz not null, worker_id text, territory text, payload text not null)");
        }

        @PostMapping(PATH)
        ResponseEntity<Void> insert(@RequestBody JsonNode body) throws Exception {
            jdbc.update("insert into benchmark_plain_insert (received_at, worker_id, territory, payload) "
                            + "values (?, ?, ?, ?)", Timestamp.from(Instant.now()), body.path("workerId").asText(),
                    body.path("territory").asText(), json.writeValueAsString(body));
            return ResponseEntity.status(HttpStatus.CREATED).build();
        }
    }
}
