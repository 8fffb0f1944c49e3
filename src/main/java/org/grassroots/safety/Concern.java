package org.grassroots.safety;

import java.util.Locale;

/**
 * Why a product is not safe for one household member.
 *
 * @param allergen the allergen at issue, or null for a diet
 * @param diet the diet at issue, or null for an allergen
 * @param because the ingredient words (or "may contain …") that cause it
 * @param blocking true when the product must not reach the basket at all: it contains an
 *     allergen that the member strictly avoids
 */
public record Concern(String member, Allergen allergen, Diet diet, String because, boolean blocking) {

    /** The concern in one sentence that names the member, what they avoid and the ingredient words. */
    public String message() {
        String need = allergen != null
                ? "avoids " + allergen.label().toLowerCase(Locale.ROOT)
                : "is " + diet.label().toLowerCase(Locale.ROOT);
        return member + " " + need + ": " + because;
    }
}
