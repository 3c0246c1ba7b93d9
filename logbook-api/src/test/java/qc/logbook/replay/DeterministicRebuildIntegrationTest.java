package qc.logbook.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Revision;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.command.PracticeForms;
import qc.logbook.readmodel.RebuildableReadModel;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;
import qc.logbook.support.TestDays;
import qc.logbook.support.TestUsers;

/**
 * Rebuilds are deterministic: after a history holding every event type of every aggregate, the live read models and
 * their rebuilds have the same content hashes, and so do a read model fed partly by a rebuild and partly by the live
 * processors (writes arriving during the rebuild) and its own rebuild. The content hash follows the values of the
 * documents, not the way they happen to be stored (key order, number types).
 */
@LogbookIntegrationTest
class DeterministicRebuildIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ReadModels readModels;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    List<RebuildableReadModel> rebuildable;

    @Autowired
    qc.logbook.readmodel.ReadModelGenerations generations;

    @Test
    void liveAndRebuiltReadModelsHashTheSameAfterEveryEventTypeAndWithWritesDuringARebuild() throws Exception {
        long before = lastGlobalIndex();
        everyEventType(TestDays.unique(), "H");
        assertThat(eventTypesAfter(before))
                .as("the history holds every event type that carries a @Revision")
                .containsAll(revisionedEventTypes());

        awaitProcessorsCaughtUp();
        Map<String, String> live = hashes();
        Map<String, String> liveDocuments = documents();
        rebuild();
        assertSameDocuments("live read models and their rebuild", liveDocuments, documents());
        assertThat(hashes()).as("live read models and their rebuild").isEqualTo(live);
        assertEveryDeclaredIndexIsBuilt();

        // writes arriving while a rebuild runs: some folded by the rebuild, some by the live processors afterwards
        String location = startRebuild();
        int duringRebuild = 0;
        int round = 0;
        while (round < 3 || (duringRebuild == 0 && round < 40)) {
            boolean running = running(location);
            writes(TestDays.unique(), "W" + round);
            if (running && running(location)) {
                duringRebuild++;
            }
            round++;
        }
        awaitCompleted(location);
        writes(TestDays.unique(), "A");
        everyEventType(TestDays.unique(), "B");
        awaitProcessorsCaughtUp();
        Map<String, String> mixed = hashes();
        Map<String, String> mixedDocuments = documents();

        rebuild();
        assertSameDocuments("read models fed by a rebuild and live processors, and their rebuild", mixedDocuments,
                documents());
        assertThat(hashes()).as("read models fed by a rebuild and live processors, and their rebuild")
                .isEqualTo(mixed);
        assertThat(duringRebuild).as("writes acknowledged while the rebuild ran").isPositive();
    }

    /** One of every event: interventions, local teams, funding measures and projects, practices, an erasure. */
    private void everyEventType(LocalDate day, String tag) throws Exception {
        // individual intervention: referral, outcome, correction, cancellation
        UUID individual = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Map<String, Object> body = Interventions.individual(individual, day);
        post("/api/v1/interventions", body).andExpect(status().isCreated());
        post("/api/v1/interventions/" + individual + "/referrals", Map.of("referralId", referral.toString(),
                "sector", "HEALTH_AND_SOCIAL_SERVICES", "need", "MENTAL_HEALTH", "accompanied", true))
                .andExpect(status().isCreated());
        put("/api/v1/interventions/" + individual + "/referrals/" + referral + "/outcome",
                Map.of("outcome", "WAITING", "observedOn", day.toString())).andExpect(status().isNoContent());
        Map<String, Object> corrected = new LinkedHashMap<>(body);
        corrected.put("durationMinutes", 55);
        corrected.put("followUpPlanned", true);
        post("/api/v1/interventions/" + individual + "/corrections", Map.of("reason", "Durée", "details", corrected))
                .andExpect(status().is2xxSuccessful());
        post("/api/v1/interventions/" + individual + "/cancellation", Map.of("reason", "Doublon"))
                .andExpect(status().isNoContent());

        // collective intervention with its participants, a supported action, a correction of the count
        UUID collective = UUID.randomUUID();
        Map<String, Object> group = collective(collective, day, 12);
        post("/api/v1/interventions", group).andExpect(status().isCreated());
        post("/api/v1/interventions/" + collective + "/collective-supports", Map.of(
                "supportId", UUID.randomUUID().toString(), "actionKind", "TENANT_ASSOCIATION",
                "supportKind", "GOVERNANCE_SUPPORT", "groupName", "ADL " + tag))
                .andExpect(status().is2xxSuccessful());
        post("/api/v1/interventions/" + collective + "/corrections", Map.of("reason", "Recompte",
                "details", collective(collective, day, 15))).andExpect(status().is2xxSuccessful());

        // a tenant forgotten: their interventions are scrubbed, the counts stay
        UUID forgotten = UUID.randomUUID();
        Map<String, Object> forgottenBody = Interventions.individual(forgotten, day);
        post("/api/v1/interventions", forgottenBody).andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/admin/tenants/forget").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Interventions.json(Map.of("tenantRef", forgottenBody.get("tenantRef"),
                                "reason", "Demande d'effacement"))))
                .andExpect(status().isOk());

        // a local team, revised
        UUID team = UUID.randomUUID();
        post("/api/v1/local-teams", team(team, 4)).andExpect(status().isCreated());
        put("/api/v1/local-teams/" + team, team(team, 5)).andExpect(status().is2xxSuccessful());
        // a submission checks the team in its read model
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/local-teams/" + team)).andExpect(status().isOk()));

        // a funding measure with a changed envelope; a project through its life, another cancelled
        UUID measure = UUID.randomUUID();
        post("/api/v1/funding-measures", Map.of("id", measure.toString(), "name", "Mesure " + tag,
                "period", Map.of("firstYear", 2013, "lastYear", 2016), "envelope", "50000"))
                .andExpect(status().isCreated());
        put("/api/v1/funding-measures/" + measure + "/envelope", Map.of("envelope", "60000", "reason", "Ajout"))
                .andExpect(status().is2xxSuccessful());
        String projects = "/api/v1/funding-measures/" + measure + "/projects";
        UUID project = UUID.randomUUID();
        Map<String, Object> submission = project("Jardin " + tag, 40, "8690");
        submission.put("id", project.toString());
        submission.put("localTeamId", team.toString());
        post(projects, submission).andExpect(status().isCreated());
        put(projects + "/" + project, project("Jardin collectif " + tag, 45, "8700"))
                .andExpect(status().is2xxSuccessful());
        put(projects + "/" + project + "/support", Map.of("support", "5500")).andExpect(status().is2xxSuccessful());
        post(projects + "/" + project + "/completion", Map.of()).andExpect(status().is2xxSuccessful());
        Map<String, Object> correction = project("Jardin collectif " + tag, 47, "8700");
        correction.put("support", "5400");
        correction.put("reason", "Bilan final");
        post(projects + "/" + project + "/corrections", correction).andExpect(status().is2xxSuccessful());
        UUID dropped = UUID.randomUUID();
        Map<String, Object> droppedSubmission = project("Couponnage " + tag, 22, "7905");
        droppedSubmission.put("id", dropped.toString());
        droppedSubmission.put("localTeamId", team.toString());
        post(projects, droppedSubmission).andExpect(status().isCreated());
        post(projects + "/" + dropped + "/cancellation", Map.of("reason", "Abandon"))
                .andExpect(status().is2xxSuccessful());

        // a practice through its whole lifecycle
        UUID practice = UUID.randomUUID();
        String path = "/api/v1/practices/" + practice;
        PracticeForm form = PracticeForms.complete().toBuilder().name("Jardin " + tag + " " + practice).build();
        post("/api/v1/practices", Map.of("id", practice, "form", PracticeForm.named("Ébauche " + tag)))
                .andExpect(status().isCreated());
        put(path + "/draft", Map.of("form", form)).andExpect(status().isNoContent());
        post(path + "/submission", null).andExpect(status().isNoContent());
        post(path + "/return", Map.of("comment", "Préciser.")).andExpect(status().isNoContent());
        post(path + "/submission", null).andExpect(status().isNoContent());
        post(path + "/publication", null).andExpect(status().isNoContent());
        post(path + "/revisions", Map.of("reason", "Serre")).andExpect(status().isCreated());
        post(path + "/submission", null).andExpect(status().isNoContent());
        post(path + "/publication", null).andExpect(status().isNoContent());
        post(path + "/retirement", Map.of("reason", "Projet terminé.")).andExpect(status().isNoContent());
    }

    /** A few writes of the kinds that change documents already stored (the case a hash over unsorted fields gets wrong). */
    private void writes(LocalDate day, String tag) throws Exception {
        UUID id = Interventions.recordWithReferral(mvc, day);
        post("/api/v1/interventions/" + id + "/cancellation", Map.of("reason", "Doublon " + tag))
                .andExpect(status().isNoContent());
        UUID collective = UUID.randomUUID();
        post("/api/v1/interventions", collective(collective, day, 7)).andExpect(status().isCreated());
        post("/api/v1/interventions/" + collective + "/collective-supports", Map.of(
                "supportId", UUID.randomUUID().toString(), "actionKind", "COMMITTEE",
                "supportKind", "FACILITATION")).andExpect(status().is2xxSuccessful());
        UUID practice = UUID.randomUUID();
        post("/api/v1/practices", Map.of("id", practice, "form", PracticeForm.named("Pratique " + tag)))
                .andExpect(status().isCreated());
    }

    private static Map<String, Object> collective(UUID id, LocalDate day, int participants) {
        Map<String, Object> body = Interventions.individual(id, day);
        body.put("mode", "COLLECTIVE");
        body.remove("tenantRef");
        body.put("targetGroups", List.of("ALL_TENANTS"));
        body.put("supportCategories", List.of("COLLECTIVE_LIFE"));
        body.put("participants", participants);
        return body;
    }

    private static Map<String, Object> team(UUID id, int tenants) {
        return Map.of("id", id.toString(), "name", "ÉLÉ de Lévis", "territory", "LEVIS",
                "members", Map.of("workers", 2, "tenants", tenants, "communityPartners", 3, "institutionalPartners", 1),
                "partnerOrganisations", List.of("Maison de la famille"), "tenantNeeds", List.of("Briser l'isolement"));
    }

    private static Map<String, Object> project(String title, int persons, String totalCost) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("territories", List.of("LEVIS"));
        body.put("description", "Projet de l'ÉLÉ.");
        body.put("participants", Map.of("persons", persons));
        body.put("outcomes", List.of("Un comité de locataires a été formé."));
        body.put("totalCost", totalCost);
        body.put("researchDocumented", false);
        return body;
    }

    /** Every event class of the domain: each carries {@code @Revision} (house style), so the annotation finds them. */
    private static Set<String> revisionedEventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<String> types = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("qc.logbook")) {
            types.add(candidate.getBeanClassName());
        }
        assertThat(types).as("event classes found on the class path").hasSizeGreaterThan(20);
        return types;
    }

    private long lastGlobalIndex() {
        Long last = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return last == null ? -1 : last;
    }

    private Set<String> eventTypesAfter(long globalIndex) {
        return new TreeSet<>(jdbc.queryForList(
                "select distinct payload_type from domain_event_entry where global_index > ?", String.class,
                globalIndex));
    }

    private Map<String, String> hashes() throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        JsonNode models = read("/api/v1/admin/read-models");
        assertThat(models.size()).isGreaterThanOrEqualTo(5);
        for (JsonNode model : models) {
            String name = model.get("name").asText();
            JsonNode hash = read("/api/v1/admin/read-models/" + name + "/content-hash");
            hash.get("collections").fields().forEachRemaining(collection -> hashes.put(name + "/" + collection.getKey(),
                    collection.getValue().get("documents").asLong() + " " + collection.getValue().get("sha256").asText()));
        }
        return hashes;
    }

    /** Every document of every read model in its canonical form, keyed by read model, collection and id. */
    private Map<String, String> documents() {
        Map<String, String> documents = new TreeMap<>();
        for (RebuildableReadModel model : rebuildable) {
            for (String collection : model.collections().keySet()) {
                for (BsonDocument document : mongo.getCollection(readModels.physical(collection))
                        .withDocumentClass(BsonDocument.class).find()) {
                    documents.put(model.readModelName() + "/" + collection + "/"
                            + ContentHashes.canonical(document.get("_id")), ContentHashes.canonical(document));
                }
            }
        }
        return documents;
    }

    /** A rebuild builds its indexes after the fold: each active collection has every index its class declares. */
    private void assertEveryDeclaredIndexIsBuilt() {
        var resolver = new org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver(
                (org.springframework.data.mongodb.core.mapping.MongoMappingContext) mongo.getConverter()
                        .getMappingContext());
        for (RebuildableReadModel model : rebuildable) {
            model.collections().forEach((logical, type) -> {
                if (!type.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
                    return;
                }
                String physical = generations.activeNames(model.readModelName()).of(logical);
                Set<String> built = new TreeSet<>();
                mongo.indexOps(physical).getIndexInfo().forEach(index -> built.add(index.getName()));
                Set<String> declared = new TreeSet<>();
                resolver.resolveIndexFor(type).forEach(index ->
                        declared.add((String) index.getIndexOptions().get("name")));
                assertThat(built).as("indexes of " + physical).containsAll(declared);
            });
        }
    }

    /** Names the first documents that differ, so that a failure says what is not deterministic. */
    private static void assertSameDocuments(String what, Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(expected.get(key), actual.get(key)) && differences.size() < 3) {
                differences.add(key + "\n  before: " + expected.get(key) + "\n  after:  " + actual.get(key));
            }
        }
        assertThat(differences).as(what).isEmpty();
    }

    private void rebuild() throws Exception {
        awaitCompleted(startRebuild());
        awaitProcessorsCaughtUp();
    }

    private String startRebuild() throws Exception {
        return post("/api/v1/admin/rebuilds", Map.of("readModels", List.of()))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
    }

    private boolean running(String location) throws Exception {
        String state = read(location).get("state").asText();
        return state.equals("BUILDING") || state.equals("INDEXING") || state.equals("CATCHING_UP");
    }

    private void awaitCompleted(String location) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> !running(location));
        assertThat(read(location).get("state").asText()).isEqualTo("COMPLETED");
    }

    /**
     * Every streaming processor has handled every event of the store. A processor restarted by a rebuild's switch has
     * no status until it claims its segments again, so an empty status counts as not caught up (it would otherwise
     * pass vacuously, and the hash be taken before the writes that followed the switch).
     */
    private void awaitProcessorsCaughtUp() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                readModels.awaitCaughtUp(name);
            }
        });
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ResultActions post(String path, Object body) throws Exception {
        var request = MockMvcRequestBuilders.post(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private ResultActions put(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }
}
