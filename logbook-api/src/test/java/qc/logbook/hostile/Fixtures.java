package qc.logbook.hostile;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.RequestBodies;
import qc.logbook.support.TestUsers;

/**
 * One record of each kind, made before the suite runs, so that sub-resources have a real target and every id can be
 * swapped for the id of another kind of record. Placeholders in paths: {@code {I}} an individual intervention,
 * {@code {R}} its referral, {@code {C}} a collective intervention, {@code {X}} an intervention the suite may cancel,
 * {@code {T}} a local team, {@code {M}} a funding measure, {@code {PR}} a project under it, {@code {P}} a practice,
 * {@code {E}} an export and {@code {B}} a rebuild (neither exists).
 */
final class Fixtures {

    private final Map<String, String> ids = new LinkedHashMap<>();

    private Fixtures() {
    }

    static Fixtures create(MockMvc mvc) throws Exception {
        Fixtures fixtures = new Fixtures();
        UUID intervention = fixtures.put("I");
        UUID referral = fixtures.put("R");
        UUID collective = fixtures.put("C");
        UUID cancellable = fixtures.put("X");
        UUID team = fixtures.put("T");
        UUID measure = fixtures.put("M");
        UUID project = fixtures.put("PR");
        UUID practice = fixtures.put("P");
        fixtures.ids.put("E", "no-such-export");
        fixtures.ids.put("B", "no-such-rebuild");

        send(mvc, "/api/v1/interventions", InterventionBodies.individual(intervention));
        send(mvc, "/api/v1/interventions/" + intervention + "/referrals", RequestBodies.referral(referral));
        send(mvc, "/api/v1/interventions", InterventionBodies.collective(collective));
        send(mvc, "/api/v1/interventions", InterventionBodies.individual(cancellable));
        send(mvc, "/api/v1/local-teams", RequestBodies.localTeam(team, "LEVIS"));
        send(mvc, "/api/v1/funding-measures", RequestBodies.fundingMeasure(measure));
        send(mvc, "/api/v1/funding-measures/" + measure + "/projects", RequestBodies.projectSubmission(project, team));
        send(mvc, "/api/v1/practices", RequestBodies.practiceDraft(practice));
        return fixtures;
    }

    private UUID put(String key) {
        UUID id = UUID.randomUUID();
        ids.put(key, id.toString());
        return id;
    }

    private static void send(MockMvc mvc, String path, Map<String, Object> body) throws Exception {
        mvc.perform(post(path).with(TestUsers.superUser()).contentType(MediaType.APPLICATION_JSON)
                        .content(InterventionBodies.json(body)))
                .andExpect(status().is2xxSuccessful());
    }

    UUID id(String key) {
        return UUID.fromString(ids.get(key));
    }

    /** The path with its placeholders replaced by the fixtures' ids. */
    String resolve(String template) {
        String path = template;
        // longest keys first: {PR} before {P}
        for (String key : List.of("PR", "I", "R", "C", "X", "T", "M", "P", "E", "B")) {
            path = path.replace("{" + key + "}", ids.get(key));
        }
        return path;
    }

    /** Every fixture id, for bodies that name a record of the wrong kind. */
    List<String> allIds() {
        return new ArrayList<>(ids.values());
    }

    /** The path with one of its ids replaced by an id of another kind, an unknown id, or something not an id. */
    String swapAnId(String path, Random random) {
        List<String> present = ids.values().stream().filter(path::contains).toList();
        if (present.isEmpty()) {
            return path;
        }
        String replaced = present.get(random.nextInt(present.size()));
        List<String> others = new ArrayList<>(ids.values());
        others.remove(replaced);
        others.add(UUID.randomUUID().toString());
        others.add("00000000-0000-0000-0000-000000000000");
        others.add("not-a-uuid");
        others.add("1");
        return path.replace(replaced, others.get(random.nextInt(others.size())));
    }
}
