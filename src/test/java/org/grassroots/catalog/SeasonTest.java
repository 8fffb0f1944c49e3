package org.grassroots.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import org.junit.jupiter.api.Test;

class SeasonTest {

    @Test
    void summerSeasonIncludesItsMonthsOnly() {
        Season strawberries = new Season(Month.JUNE, Month.AUGUST);

        assertThat(strawberries.includes(Month.JUNE)).isTrue();
        assertThat(strawberries.includes(Month.AUGUST)).isTrue();
        assertThat(strawberries.includes(Month.SEPTEMBER)).isFalse();
    }

    @Test
    void winterSeasonWrapsAroundTheNewYear() {
        Season leeks = new Season(Month.SEPTEMBER, Month.APRIL);

        assertThat(leeks.includes(Month.DECEMBER)).isTrue();
        assertThat(leeks.includes(Month.JANUARY)).isTrue();
        assertThat(leeks.includes(Month.JULY)).isFalse();
    }

    @Test
    void allYearIncludesEveryMonth() {
        for (Month month : Month.values()) {
            assertThat(Season.ALL_YEAR.includes(month)).isTrue();
        }
        assertThat(Season.ALL_YEAR.allYear()).isTrue();
        assertThat(new Season(Month.MAY, Month.MAY).allYear()).isFalse();
    }
}
