package qc.logbook.privacy;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;

/**
 * The interventions whose stored details were sealed with a subject's key, read from the event store itself. The
 * read models may not have seen an intervention recorded a moment ago: an erasure that listed only what they show
 * would leave that intervention's notes and tenant reference in the live read model, in clear, for good, while every
 * replay shows them erased. The sealed payloads name their key in clear ({@code "sealed": {"keyId": …}}, see
 * {@link PersonalDataSealing}), so the event store answers for every event appended before the question.
 */
@Component
class SealedInterventions {

    private final JdbcTemplate jdbc;

    SealedInterventions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the order of their first sealed event; a rare, admin-only scan of the events carrying details. */
    List<InterventionId> sealedWith(UUID keyId) {
        return jdbc.queryForList("select aggregate_identifier from domain_event_entry"
                                + " where payload_type in (?, ?) and position(? in convert_from(payload, 'UTF8')) > 0"
                                + " group by aggregate_identifier order by min(global_index)", String.class,
                        InterventionRecordedEvent.class.getName(), InterventionCorrectedEvent.class.getName(),
                        "\"keyId\":\"" + keyId + "\"")
                .stream().map(InterventionId::of).toList();
    }
}
