package org.grassroots.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void aQuantityIsPlainAndItemsArePlural() {
        assertThat(fmt.quantity(new BigDecimal("0.800"), "kg")).isEqualTo("0.8 kg");
        assertThat(fmt.quantity(new BigDecimal("1.000"), "item")).isEqualTo("1 item");
        assertThat(fmt.quantity(new BigDecimal("6"), "item")).isEqualTo("6 items");
        assertThat(fmt.quantity(new BigDecimal("2.5"), "l")).isEqualTo("2.5 l");
    }

    @Test
    void anAmountHasOneDecimalOrNoneWhenWhole() {
        assertThat(fmt.amount(5, "kg")).isEqualTo("5 kg");
        assertThat(fmt.amount(4.98, "kg")).isEqualTo("5 kg");
        assertThat(fmt.amount(2.25, "kg")).isEqualTo("2.3 kg");
        assertThat(fmt.amount(9, "items")).isEqualTo("9 items");
        assertThat(fmt.amount(1, "items")).isEqualTo("1 item");
        assertThat(fmt.amount(4.2, "items")).isEqualTo("4.2 items");
    }
}
