package org.grassroots.safety.domain;

import org.grassroots.safety.Allergen;

/**
 * A producer's correction of a detection: the product does (or does not) contain an allergen,
 * for the reason given. Corrections are kept; the newest one per allergen applies.
 */
public record Correction(Allergen allergen, boolean present, String reason) {

    public static final int REASON_MIN = 3;
    public static final int REASON_MAX = 500;

    public Correction {
        if (!validReason(reason)) {
            throw new IllegalArgumentException(
                    "A correction needs a reason of " + REASON_MIN + " to " + REASON_MAX + " characters");
        }
        reason = reason.strip();
    }

    public static boolean validReason(String reason) {
        return reason != null
                && reason.strip().length() >= REASON_MIN
                && reason.strip().length() <= REASON_MAX;
    }
}
