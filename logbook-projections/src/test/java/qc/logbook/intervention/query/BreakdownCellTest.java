package qc.logbook.intervention.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.WorkerRole;

class BreakdownCellTest {

    private final BreakdownCell empty = BreakdownCell.empty(BreakdownCell.MONTH, "2021-03",
            AdministrativeRegion.CHAUDIERE_APPALACHES, "LEVIS", WorkerRole.OUTREACH_WORKER);

    @Test
    void totalsAreTheSumOfTheParts() {
        BreakdownCell cell = empty
                .withPart("a", part(Map.of("interventions", 1L, "referrals", 2L)))
                .withPart("b", part(Map.of("interventions", 1L)));

        assertThat(cell.totals()).containsEntry("interventions", 2L).containsEntry("referrals", 2L);
        assertThat(cell.id()).isEqualTo("M|2021-03|LEVIS|OUTREACH_WORKER");
    }

    @Test
    void settingTheSamePartTwiceChangesNothing() {
        BreakdownCell once = empty.withPart("a", part(Map.of("interventions", 1L)));

        assertThat(once.withPart("a", part(Map.of("interventions", 1L)))).isSameAs(once);
        assertThat(once.withPart("a", part(Map.of("interventions", 1L, "under35", 1L))).totals())
                .containsEntry("interventions", 1L).containsEntry("under35", 1L);
    }

    @Test
    void aCancelledOrMovedInterventionLeavesTheCell() {
        BreakdownCell cell = empty.withPart("a", part(Map.of("interventions", 1L)))
                .withPart("b", part(Map.of("interventions", 1L)));

        BreakdownCell without = cell.withPart("a", part(Map.of())).withPart("b", null);

        assertThat(without.parts()).isEmpty();
        assertThat(without.totals()).isEmpty();
        assertThat(without.withPart("a", null)).isSameAs(without);
    }

    private static BreakdownCell.Part part(Map<String, Long> counts) {
        return new BreakdownCell.Part(LocalDate.of(2021, 3, 4), counts);
    }
}
