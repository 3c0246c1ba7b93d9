package qc.logbook.intervention.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.individual;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.intervention.api.FindOpenReferralsQuery;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * « Références à suivre » from the intervention-details read model: referrals without an outcome, oldest first,
 * in the territories asked for, cancelled interventions left out.
 */
@LogbookIntegrationTest
class OpenReferralsQueryIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryGateway queries;

    @Test
    void listsReferralsWithoutAnOutcomeOldestFirstInTheTerritoriesAskedFor() throws Exception {
        UUID older = intervention("L-ISLET", "2025-01-10");
        UUID newer = intervention("L-ISLET", "2025-01-20");
        UUID closed = intervention("L-ISLET", "2025-01-05");
        UUID cancelled = intervention("L-ISLET", "2025-01-06");
        UUID elsewhere = intervention("LOTBINIERE", "2025-01-01");
        UUID newerReferral = refer(newer, "2025-01-21");
        UUID olderReferral = refer(older, "2025-01-11");
        UUID closedReferral = refer(closed, "2025-01-05");
        refer(cancelled, "2025-01-06");
        refer(elsewhere, "2025-01-02");
        mvc.perform(put("/api/v1/interventions/" + closed + "/referrals/" + closedReferral + "/outcome")
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("outcome", "COMPLETED"))))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/interventions/" + cancelled + "/cancellation")
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Inscrite en double"))))
                .andExpect(status().isNoContent());

        eventually().untilAsserted(() -> {
            OpenReferralPage page = open(Set.of("L-ISLET"), 0, 50);
            List<String> interventions = page.items().stream().map(OpenReferral::interventionId).toList();
            assertThat(interventions).contains(older.toString(), newer.toString())
                    .doesNotContain(closed.toString(), cancelled.toString(), elsewhere.toString());
            assertThat(interventions.indexOf(older.toString())).isLessThan(interventions.indexOf(newer.toString()));
            OpenReferral first = page.items().get(interventions.indexOf(older.toString()));
            assertThat(first.referral().referralId()).isEqualTo(olderReferral.toString());
            assertThat(first.territory()).isEqualTo("L-ISLET");
            assertThat(first.referral().outcome()).isNull();
        });
        assertThat(open(Set.of(), 0, 50).items()).as("no territory, nothing").isEmpty();
        // the wait above may end before the later referral elsewhere is projected (it needs none of it)
        eventually().untilAsserted(() -> assertThat(open(null, 0, 500).items())
                .extracting(OpenReferral::interventionId)
                .as("every territory").contains(older.toString(), elsewhere.toString()));
        assertThat(newerReferral).isNotNull();
    }

    @Test
    void pagesCountEveryOpenReferral() throws Exception {
        UUID one = intervention("LOTBINIERE", "2025-02-01");
        refer(one, "2025-02-01");
        refer(one, "2025-02-02");
        eventually().untilAsserted(() -> assertThat(open(Set.of("LOTBINIERE"), 0, 1).items().stream()
                .filter(r -> r.interventionId().equals(one.toString())).count()
                + open(Set.of("LOTBINIERE"), 1, 1).items().stream()
                .filter(r -> r.interventionId().equals(one.toString())).count()).isPositive());
        eventually().untilAsserted(() -> assertThat(open(Set.of("LOTBINIERE"), 0, 500).items().stream()
                .filter(r -> r.interventionId().equals(one.toString()))).hasSize(2));
        OpenReferralPage first = open(Set.of("LOTBINIERE"), 0, 1);
        assertThat(first.totalItems()).isGreaterThanOrEqualTo(2);
        assertThat(first.totalPages()).isEqualTo(first.totalItems());
        OpenReferralPage beyond = open(Set.of("LOTBINIERE"), (int) first.totalItems(), 1);
        assertThat(beyond.items()).isEmpty();
    }

    private OpenReferralPage open(Set<String> territories, int page, int size) {
        return queries.query(new FindOpenReferralsQuery(territories, page, size),
                ResponseTypes.instanceOf(OpenReferralPage.class)).join();
    }

    private UUID intervention(String territory, String date) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = individual(id);
        body.put("territory", territory);
        body.put("date", date);
        mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isCreated());
        return id;
    }

    private UUID refer(UUID intervention, String on) throws Exception {
        UUID referral = UUID.randomUUID();
        mvc.perform(post("/api/v1/interventions/" + intervention + "/referrals").contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("referralId", referral.toString(), "sector", "COMMUNITY_ORGANISATION",
                        "need", "FOOD_AID", "referredOn", on)))).andExpect(status().isCreated());
        return referral;
    }
}
