package qc.logbook.ele.rest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.TestUsers;

/**
 * Records the seed's nine ÉLÉ projects through the REST API (measure, seven teams, nine projects submitted, granted
 * and completed), for tests of other layers — the pages — that need the seed's funding table.
 */
public final class EleSeedRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EleSeedRecorder() {
    }

    /** Records the seed and returns the measure's id once the nine projects are readable. */
    public static String record(MockMvc mvc) throws Exception {
        String measureId = UUID.randomUUID().toString();
        send(mvc, "/api/v1/funding-measures", EleSeed.measure(measureId, "50000.00"));
        java.util.Map<String, String> teams = new java.util.LinkedHashMap<>();
        for (String territory : EleSeed.TEAMS.keySet()) {
            String id = UUID.randomUUID().toString();
            send(mvc, "/api/v1/local-teams", EleSeed.team(id, territory));
            eventually().untilAsserted(() -> mvc.perform(get("/api/v1/local-teams/" + id)
                    .with(TestUsers.superUser())).andExpect(status().isOk()));
            teams.put(territory, id);
        }
        for (EleSeed.Project p : EleSeed.PROJECTS) {
            String id = UUID.randomUUID().toString();
            String projects = "/api/v1/funding-measures/" + measureId + "/projects";
            send(mvc, projects, EleSeed.project(id, teams.get(p.teamTerritory()), p));
            mvc.perform(put(projects + "/" + id + "/support").with(TestUsers.superUser())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("support", new BigDecimal(p.support())))))
                    .andExpect(status().is2xxSuccessful());
            send(mvc, projects + "/" + id + "/completion", Map.of());
        }
        return measureId;
    }

    private static void send(MockMvc mvc, String path, Object body) throws Exception {
        mvc.perform(post(path).with(TestUsers.superUser()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().is2xxSuccessful());
    }
}
