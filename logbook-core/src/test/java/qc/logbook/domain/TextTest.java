package qc.logbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void countsGraphemesAsAPersonSeesThem() {
        assertThat(Text.graphemes(null)).isZero();
        assertThat(Text.graphemes("")).isZero();
        assertThat(Text.graphemes("é")).isEqualTo(1);
        assertThat(Text.graphemes("e\u0301")).as("e and a combining accent").isEqualTo(1);
        assertThat(Text.graphemes("🏠")).as("two UTF-16 units").isEqualTo(1);
        assertThat(Text.graphemes("👩\u200D👩\u200D👧")).as("five code points joined").isEqualTo(1);
        assertThat(Text.graphemes("🇨🇦")).as("a flag, two regional indicators").isEqualTo(1);
        assertThat(Text.graphemes("👍🏽")).as("an emoji and its skin tone").isEqualTo(1);
        assertThat(Text.graphemes("Côte-Nord 🏠\r\n")).as("CR LF is one").isEqualTo(12);
    }

    @Test
    void codePointLengthStaysWhatItWas() {
        assertThat(Text.length("e\u0301")).isEqualTo(2);
        assertThat(Text.length("🏠")).isEqualTo(1);
    }
}
