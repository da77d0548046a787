package org.recordrelief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunLinesTest {

    @Test
    void aKeyReadsAsTheRunThenTheLineInTenDigits() {
        assertThat(RunLines.key(17, 4521)).isEqualTo(170_000_004_521L);
        assertThat(RunLines.key(1, 1)).isEqualTo(10_000_000_001L);
    }

    @Test
    void aRunsRangeHoldsEveryLineOfItAndNoneOfTheRunsBesideIt() {
        assertThat(RunLines.first(3)).isEqualTo(30_000_000_000L);
        assertThat(RunLines.last(3)).isEqualTo(39_999_999_999L);
        assertThat(RunLines.key(3, 9_999_999_999L)).isEqualTo(RunLines.last(3));
        assertThat(RunLines.key(2, 9_999_999_999L)).isLessThan(RunLines.first(3));
        assertThat(RunLines.key(4, 0)).isGreaterThan(RunLines.last(3));
        assertThat(RunLines.ofRun(3)).containsExactly(RunLines.first(3), RunLines.last(3));
        assertThat(RunLines.inRun("d.run_line")).isEqualTo("d.run_line BETWEEN ? AND ?");
    }

    @Test
    void aLineOrRunTheKeyCannotHoldIsRefusedNotWrappedIntoAnotherRun() {
        assertThatThrownBy(() -> RunLines.key(3, 10_000_000_000L)).isInstanceOf(StoreException.class)
                .hasMessage("line 10000000000 of run 3 is beyond the 9999999999 lines a run can store; split the "
                        + "export into smaller files");
        assertThatThrownBy(() -> RunLines.key(3, -1)).isInstanceOf(StoreException.class)
                .hasMessage("line -1 of run 3 is not a line of an export");
        assertThat(RunLines.holds(0)).isTrue();
        assertThat(RunLines.holds(9_999_999_999L)).isTrue();
        assertThat(RunLines.holds(10_000_000_000L)).isFalse();
        assertThat(RunLines.holds(-1)).isFalse();
        assertThatThrownBy(() -> RunLines.key(922_337_203L, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("run id 922337203");
        assertThat(RunLines.last(922_337_202L)).isPositive();
    }
}
