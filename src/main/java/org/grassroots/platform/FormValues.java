package org.grassroots.platform;

import java.math.BigDecimal;

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
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Long longValue(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal; a leading pound sign is accepted. */
    public static BigDecimal decimal(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replaceFirst("^£", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
