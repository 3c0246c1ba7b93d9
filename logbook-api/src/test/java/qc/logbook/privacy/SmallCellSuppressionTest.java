package qc.logbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.intervention.query.SectorBreakdown;
import qc.logbook.intervention.query.Share;
import qc.logbook.security.SecurityProperties;

class SmallCellSuppressionTest {

    private final SmallCellSuppression suppression = new SmallCellSuppression(new ObjectMapper(),
            new SecurityProperties(List.of(), 5, null));

    private static Share share(String code, long count, long whole) {
        return Share.of(code, code, code, count, whole);
    }

    private static ReferralBreakdown breakdown(long hlm, long coop, long obnl, long individual, long withReferral,
                                               List<SectorBreakdown> sectors) {
        long interventions = hlm + coop + obnl;
        long referrals = sectors.stream().mapToLong(SectorBreakdown::count).sum();
        return new ReferralBreakdown(interventions,
                List.of(share("HLM_OMH", hlm, interventions), share("COOP", coop, interventions),
                        share("OBNL", obnl, interventions)),
                share("YOUTH_AND_FAMILIES", interventions, interventions), share("UNDER_35", 0, interventions),
                List.of(share("INDIVIDUAL", individual, interventions),
                        share("COLLECTIVE", interventions - individual, interventions)),
                individual, share("WITH_REFERRAL", withReferral, individual), referrals, sectors,
                List.of(share("NOT_RECORDED", referrals, referrals)), interventions - individual, List.of(),
                share("WITH_PARTICIPANTS", 0, interventions - individual), 0, List.of(), List.of());
    }

    private static SectorBreakdown sector(String code, long... needs) {
        long count = java.util.Arrays.stream(needs).sum();
        List<Share> shares = new java.util.ArrayList<>();
        for (int i = 0; i < needs.length; i++) {
            shares.add(share(code + "-NEED-" + i, needs[i], count));
        }
        return new SectorBreakdown(code, code, code, count, null, shares);
    }

    @Test
    void a_single_small_cell_is_not_left_to_be_found_by_subtraction() {
        JsonNode tree = suppression.apply(breakdown(6, 1, 0, 7, 0, List.of()));

        assertThat(tree.at("/interventions").asLong()).isEqualTo(7);
        assertThat(tree.at("/byTenure/1/count").isNull()).isTrue();
        assertThat(tree.at("/byTenure/1/suppressed").asBoolean()).isTrue();
        // 7 − 6 would give the co-op's 1 away: the HLM cell goes too
        assertThat(tree.at("/byTenure/0/count").isNull()).isTrue();
        assertThat(tree.at("/byTenure/0/percent").isNull()).isTrue();
        assertThat(tree.at("/byTenure/0/complementary").asBoolean()).isTrue();
        assertThat(tree.at("/byTenure/2/count").asLong()).isZero();
    }

    @Test
    void the_smallest_other_cell_is_the_one_hidden_and_two_small_cells_need_nothing_more() {
        JsonNode one = suppression.apply(breakdown(40, 3, 12, 55, 0, List.of()));
        assertThat(one.at("/byTenure/2/count").isNull()).isTrue();
        assertThat(one.at("/byTenure/0/count").asLong()).isEqualTo(40);

        JsonNode two = suppression.apply(breakdown(40, 3, 2, 45, 0, List.of()));
        assertThat(two.at("/byTenure/1/count").isNull()).isTrue();
        assertThat(two.at("/byTenure/2/count").isNull()).isTrue();
        assertThat(two.at("/byTenure/0/count").asLong()).isEqualTo(40);
        assertThat(two.at("/byTenure/0/suppressed").isMissingNode()).isTrue();
    }

    @Test
    void a_cell_hidden_as_a_complement_hides_the_list_inside_it() {
        // sector B has 2 referrals: hidden; sector A (9) is its complement, and A's needs (6 + 3) would add up to it
        JsonNode tree = suppression.apply(breakdown(30, 0, 0, 20, 11,
                List.of(sector("A", 6, 3), sector("B", 2))));

        assertThat(tree.at("/referrals").asLong()).isEqualTo(11);
        assertThat(tree.at("/referralsBySector/1/count").isNull()).isTrue();
        assertThat(tree.at("/referralsBySector/0/count").isNull()).isTrue();
        assertThat(tree.at("/referralsBySector/0/needs/0/count").isNull()).isTrue();
        assertThat(tree.at("/referralsBySector/0/needs/1/count").isNull()).isTrue();
    }

    @Test
    void counts_repeating_a_hidden_cell_and_percentages_of_them_are_hidden_too() {
        // 27 individual and 3 collective: COLLECTIVE is small, INDIVIDUAL its complement; the top-level counts repeat
        // them, and 10 referred individual interventions at 37.0 % would give the 27 back
        JsonNode tree = suppression.apply(breakdown(30, 0, 0, 27, 10, List.of()));

        assertThat(tree.at("/byMode/0/count").isNull()).isTrue();
        assertThat(tree.at("/byMode/1/count").isNull()).isTrue();
        assertThat(tree.at("/individualInterventions").isNull()).isTrue();
        assertThat(tree.at("/collectiveInterventions").isNull()).isTrue();
        assertThat(tree.at("/individualWithReferral/count").asLong()).isEqualTo(10);
        assertThat(tree.at("/individualWithReferral/percent").isNull()).isTrue();
    }

    @Test
    void nothing_is_hidden_when_every_cell_is_zero_or_large_enough() {
        ReferralBreakdown big = breakdown(60, 25, 0, 50, 20, List.of(sector("A", 10, 10)));

        assertThat(suppression.hidden(big)).isEmpty();
        assertThat(suppression.apply(big).at("/byTenure/1/count").asLong()).isEqualTo(25);
    }

    @Test
    void lists_the_pointers_of_what_it_hides_for_other_formats() {
        assertThat(suppression.hidden(breakdown(6, 1, 0, 7, 0, List.of())))
                .contains("/byTenure/0/count", "/byTenure/0/percent", "/byTenure/1/count", "/byTenure/1/percent")
                .doesNotContain("/interventions", "/byTenure/2/count");
    }
}
