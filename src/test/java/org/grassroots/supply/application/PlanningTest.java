package org.grassroots.supply.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanningTest {

    @Test
    void theHarvestIsNeverNegativeAndCountedItemsAreRoundedUpToWholeOnes() {
        assertThat(Planning.harvest(5.3, "kg")).isEqualTo(5.3);
        assertThat(Planning.harvest(-0.4, "kg")).isZero();
        // 5.3 lettuces at the 90th percentile means growing 6, not 5
        assertThat(Planning.harvest(5.3, "items")).isEqualTo(6);
        assertThat(Planning.harvest(6.0, "items")).isEqualTo(6);
        assertThat(Planning.harvest(-0.4, "items")).isZero();
    }
}
