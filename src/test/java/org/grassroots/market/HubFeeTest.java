package org.grassroots.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubFeeTest {

    @Test
    void percentageFeesRoundHalfUpToTheMinorUnit() {
        HubFee fivePercent = new HubFee(HubFee.Kind.PERCENT, 500);

        assertThat(fivePercent.on(2685)).isEqualTo(134); // 134.25
        assertThat(fivePercent.on(2690)).isEqualTo(135); // 134.5
        assertThat(fivePercent.on(0)).isZero();
    }

    @Test
    void flatFeesApplyOnlyToOrdersWithSomethingInThem() {
        HubFee flat = new HubFee(HubFee.Kind.FLAT, 150);

        assertThat(flat.on(1)).isEqualTo(150);
        assertThat(flat.on(0)).isZero();
        assertThat(HubFee.NONE.on(5000)).isZero();
    }

    @Test
    void rejectsImpossibleFees() {
        assertThatThrownBy(() -> new HubFee(HubFee.Kind.FLAT, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HubFee(HubFee.Kind.PERCENT, 10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cyclesOpenAndCloseByTheClock() {
        Instant opens = Instant.parse("2026-11-19T20:00:00Z");
        Instant closes = Instant.parse("2026-11-26T20:00:00Z");

        assertThat(CycleState.at(opens, closes, opens.minusSeconds(1))).isEqualTo(CycleState.UPCOMING);
        assertThat(CycleState.at(opens, closes, opens)).isEqualTo(CycleState.OPEN);
        assertThat(CycleState.at(opens, closes, closes.minusSeconds(1))).isEqualTo(CycleState.OPEN);
        assertThat(CycleState.at(opens, closes, closes)).isEqualTo(CycleState.CLOSED);
    }
}
