package qc.logbook.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Export manifests, kept beside the events in PostgreSQL (table {@code export_manifest}); the keys never are. */
@Component
public class ManifestStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    ManifestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(ExportManifest manifest) {
        String body = write(manifest);
        int updated = jdbc.update("update export_manifest set state = ?, manifest = ? where export_id = ?",
                manifest.state(), body, manifest.exportId());
        if (updated == 0) {
            jdbc.update("insert into export_manifest (export_id, created_at, state, manifest) values (?, ?, ?, ?)",
                    manifest.exportId(), manifest.createdAt().toString(), manifest.state(), body);
        }
    }

    public Optional<ExportManifest> find(String exportId) {
        List<String> bodies = jdbc.queryForList("select manifest from export_manifest where export_id = ?",
                String.class, exportId);
        return bodies.stream().findFirst().map(this::read);
    }

    private String write(ExportManifest manifest) {
        try {
            return json.writeValueAsString(manifest);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ExportManifest read(String body) {
        try {
            return json.readValue(body, ExportManifest.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
