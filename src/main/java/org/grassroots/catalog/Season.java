package org.grassroots.catalog;

import java.time.Month;

/**
 * The months a product is available, inclusive; may wrap around the new year (October to March).
 * {@link #ALL_YEAR} for products that are always available.
 */
public record Season(Month from, Month to) {

    public static final Season ALL_YEAR = new Season(Month.JANUARY, Month.DECEMBER);

    public boolean includes(Month month) {
        int m = month.getValue();
        int f = from.getValue();
        int t = to.getValue();
        return f <= t ? m >= f && m <= t : m >= f || m <= t;
    }

    public boolean allYear() {
        return equals(ALL_YEAR);
    }
}
