package qc.logbook.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BilanTest {

    @Test
    void aShareCloseToOneInNIsWordedAsARatio() {
        assertThat(Bilan.ratio(new BigDecimal("20.0"))).isEqualTo(5);
        assertThat(Bilan.ratio(new BigDecimal("20.9"))).isEqualTo(5);
        assertThat(Bilan.ratio(new BigDecimal("33.3"))).isEqualTo(3);
        assertThat(Bilan.ratio(new BigDecimal("50.0"))).isEqualTo(2);
        assertThat(Bilan.ratio(new BigDecimal("10.0"))).isEqualTo(10);
    }

    @Test
    void aShareFarFromAnyRatioStaysAPercentage() {
        assertThat(Bilan.ratio(new BigDecimal("22.5"))).isNull();
        assertThat(Bilan.ratio(new BigDecimal("70.0"))).isNull();
        assertThat(Bilan.ratio(new BigDecimal("4.0"))).isNull();
        assertThat(Bilan.ratio(BigDecimal.ZERO)).isNull();
    }
}
