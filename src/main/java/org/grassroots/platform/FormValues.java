package org.grassroots.platform;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Reads numbers typed into forms; anything unreadable is null, so the form can name the field. A
 * blank value is checked before parsing: shop pages read several absent filters per request, and an
 * exception each would cost a stack trace through the whole filter chain.
 */
public final class FormValues {

    private FormValues() {}

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static Integer integer(String value) {
        return parse(value, Integer::valueOf);
    }

    public static Long longValue(String value) {
        return parse(value, Long::valueOf);
    }

    /** A decimal; a leading pound sign is accepted. */
    public static BigDecimal decimal(String value) {
        return parse(value, v -> new BigDecimal(v.replaceFirst("^£", "")));
    }

    /** The stripped value parsed, or null when it is blank or does not parse. */
    private static <T> T parse(String value, Function<String, T> parser) {
        if (blank(value)) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
