package qc.logbook.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** Admins see how many events are parked per group, and retry them: a retried letter that succeeds leaves the queue. */
@LogbookIntegrationTest
class DeadLetterAdminIntegrationTest {

    private static final String GROUP = "intervention-details";

    @Autowired
    MockMvc mvc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventStore events;

    @Test
    void aParkedEventRetriedOnAnAdminsRequestIsHandledAndLeavesTheQueue() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(InterventionBodies.json(InterventionBodies.individual(id)))).andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id)).andExpect(status().isOk()));
        // Its event parked as a failure on its content would park it (the projections are idempotent).
        DomainEventMessage<?> recorded = events.readEvents(id.toString()).next();
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(GROUP).orElseThrow();
        queue.enqueue(id.toString(), new GenericDeadLetter<>(id.toString(), recorded,
                new IllegalStateException("test: failed on its content")));

        mvc.perform(get("/api/v1/admin/dead-letters").with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.group == '" + GROUP + "')].deadLetters").value(1));
        mvc.perform(get("/actuator/health").with(TestUsers.admin()))
                .andExpect(jsonPath("$.components.deadLetters.status").value("UP"))
                .andExpect(jsonPath("$.components.deadLetters.details.byGroup['" + GROUP + "']").value(1));
        assertThat(mvc.perform(get("/actuator/prometheus").with(TestUsers.admin())).andReturn().getResponse()
                .getContentAsString()).contains("logbook_dead_letters{application=\"logbook\",group=\"" + GROUP
                + "\"} 1.0");

        mvc.perform(post("/api/v1/admin/dead-letters/" + GROUP + "/retry").with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handledHere").value(true))
                .andExpect(jsonPath("$.succeeded").value(1))
                .andExpect(jsonPath("$.remaining").value(0));
        assertThat(queue.contains(id.toString())).isFalse();
    }

    @Test
    void onlyAdminsSeeOrRetryDeadLetters() throws Exception {
        mvc.perform(get("/api/v1/admin/dead-letters").with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/dead-letters/" + GROUP + "/retry").with(TestUsers.worker("LEVIS")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/dead-letters/no-such-group/retry").with(TestUsers.admin()))
                .andExpect(status().isNotFound());
    }
}
