package org.grassroots.platform;

import java.math.BigDecimal;

/** Reads numbers typed into forms; anything unreadable is null, so the form can name the field. */
public final class FormValues {

    private FormValues() {}

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static Integer integer(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    public static Long longValue(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    /** A decimal; a leading pound sign is accepted. */
    public static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.strip().replaceFirst("^£", ""));
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }
}
