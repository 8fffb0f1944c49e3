package org.grassroots.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndMultipliesInMinorUnits() {
        Money price = Money.of(325, "GBP");

        assertThat(price.times(3).plus(Money.of(5, "GBP"))).isEqualTo(Money.of(980, "GBP"));
        assertThat(price.toDecimal()).isEqualByComparingTo(new BigDecimal("3.25"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "GBP").plus(Money.of(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "GBP").times(2)).isInstanceOf(ArithmeticException.class);
    }
}
