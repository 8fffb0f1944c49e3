package org.grassroots.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitKindTest {

    @Test
    void countsPacksInThePricingUnit() {
        assertThat(UnitKind.WEIGHT.inPricingUnits(new BigDecimal("500"), 3)).isEqualByComparingTo("1.5");
        assertThat(UnitKind.VOLUME.inPricingUnits(new BigDecimal("330"), 2)).isEqualByComparingTo("0.66");
        assertThat(UnitKind.ITEMS.inPricingUnits(new BigDecimal("6"), 4)).isEqualByComparingTo("24");
    }

    @Test
    void roundsHalfUpToThreeDecimals() {
        assertThat(UnitKind.WEIGHT.inPricingUnits(new BigDecimal("1"), 1)).isEqualByComparingTo("0.001");
        assertThat(UnitKind.VOLUME.inPricingUnits(new BigDecimal("0.5"), 1)).isEqualByComparingTo("0.001");
        assertThat(UnitKind.VOLUME.inPricingUnits(new BigDecimal("0.4"), 1)).isEqualByComparingTo("0.000");
    }
}
