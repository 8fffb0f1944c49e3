package org.grassroots.supply.web;

import java.util.Locale;
import java.util.Map;
import org.grassroots.platform.FormValues;
import org.grassroots.supply.WasteKind;

/** Reads typed form fields; each problem goes into {@code errors} under the field's name. */
final class FormFields {

    /** More packs than any lot or waste entry holds; keeps a typo from becoming a tonne of kale. */
    static final int MAX_COUNT = 100_000;

    private FormFields() {}

    static Long positiveLong(String text, String field, Map<String, String> errors) {
        Long value = FormValues.longValue(text);
        if (value != null && value > 0) {
            return value;
        }
        errors.put(field, "Choose one of the options.");
        return null;
    }

    static Integer count(String text, String field, Map<String, String> errors) {
        Integer value = FormValues.integer(text);
        if (value != null && value >= 1 && value <= MAX_COUNT) {
            return value;
        }
        errors.put(field, "Enter a whole number from 1 to " + MAX_COUNT + ".");
        return null;
    }

    static String text(String text, String field, int maxLength, Map<String, String> errors) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > maxLength) {
            errors.put(field, "Enter 1 to " + maxLength + " characters.");
            return null;
        }
        return value;
    }

    static WasteKind kind(String text, Map<String, String> errors) {
        try {
            return WasteKind.valueOf((text == null ? "" : text.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "Choose spoiled, donated or composted.");
            return null;
        }
    }
}
