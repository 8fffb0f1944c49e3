package org.grassroots.catalog.domain;

import java.math.BigDecimal;
import org.grassroots.catalog.UnitKind;

/** Human-readable pack sizes: 500 g, 1.5 kg, 750 ml, 2 L, 6 items. */
public final class PackSize {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private PackSize() {}

    public static String format(UnitKind kind, BigDecimal value) {
        return switch (kind) {
            case WEIGHT -> metric(value, "g", "kg");
            case VOLUME -> metric(value, "ml", "L");
            case ITEMS -> plain(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " item" : " items");
        };
    }

    private static String metric(BigDecimal value, String small, String large) {
        return value.compareTo(THOUSAND) >= 0
                ? plain(value.divide(THOUSAND)) + " " + large
                : plain(value) + " " + small;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
