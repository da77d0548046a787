package org.recordrelief.adapter.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTest {

    @Test
    void aShortValueIsQuotedAsItIs() {
        assertThat(Quoted.of("HUNG JURY")).isEqualTo("'HUNG JURY'");
    }

    @Test
    void controlCharactersAreWrittenAsEscapes() {
        assertThat(Quoted.of("A\u0000B\nC\t")).isEqualTo("'A\\u0000B\\u000aC\\u0009'");
    }

    @Test
    void aLongValueIsCutWithItsLengthSaid() {
        String shown = Quoted.of("X".repeat(5_000_000));
        assertThat(shown).isEqualTo("'" + "X".repeat(80) + "...' (5,000,000 characters)");
    }
}
