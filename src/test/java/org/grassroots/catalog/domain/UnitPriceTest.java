package org.grassroots.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.grassroots.catalog.UnitKind;
import org.grassroots.common.Money;
import org.junit.jupiter.api.Test;

class UnitPriceTest {

    @Test
    void pricesWeightPerKilogram() {
        UnitPrice perKg = UnitPrice.of(Money.of(240, "GBP"), UnitKind.WEIGHT, new BigDecimal("250"));

        assertThat(perKg.amount()).isEqualTo(Money.of(960, "GBP"));
        assertThat(perKg.unit()).isEqualTo("kg");
    }

    @Test
    void pricesVolumePerLitreRoundingHalfUp() {
        // 325p for 750 ml is 433.33p per litre.
        assertThat(UnitPrice.of(Money.of(325, "GBP"), UnitKind.VOLUME, new BigDecimal("750"))
                        .amount())
                .isEqualTo(Money.of(433, "GBP"));
        // 125p for 300 ml is 416.67p per litre.
        assertThat(UnitPrice.of(Money.of(125, "GBP"), UnitKind.VOLUME, new BigDecimal("300"))
                        .amount())
                .isEqualTo(Money.of(417, "GBP"));
    }

    @Test
    void pricesItemsPerItem() {
        UnitPrice perItem = UnitPrice.of(Money.of(450, "GBP"), UnitKind.ITEMS, new BigDecimal("12"));

        assertThat(perItem.amount()).isEqualTo(Money.of(38, "GBP"));
        assertThat(perItem.unit()).isEqualTo("item");
    }

    @Test
    void formatsPackSizes() {
        assertThat(PackSize.format(UnitKind.WEIGHT, new BigDecimal("500"))).isEqualTo("500 g");
        assertThat(PackSize.format(UnitKind.WEIGHT, new BigDecimal("2500.000"))).isEqualTo("2.5 kg");
        assertThat(PackSize.format(UnitKind.VOLUME, new BigDecimal("1000"))).isEqualTo("1 L");
        assertThat(PackSize.format(UnitKind.ITEMS, new BigDecimal("6"))).isEqualTo("6 items");
        assertThat(PackSize.format(UnitKind.ITEMS, BigDecimal.ONE)).isEqualTo("1 item");
    }
}
