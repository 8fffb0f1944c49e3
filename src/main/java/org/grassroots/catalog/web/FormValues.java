package org.grassroots.catalog.web;

import java.math.BigDecimal;

/** Reads numbers typed into forms; anything unreadable is null, so the form can name the field. */
final class FormValues {

    private FormValues() {}

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static Integer integer(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    /** A decimal; a leading pound sign is accepted. */
    static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.strip().replaceFirst("^£", ""));
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }
}
