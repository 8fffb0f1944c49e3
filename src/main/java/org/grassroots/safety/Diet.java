package org.grassroots.safety;

import java.util.Locale;
import java.util.Optional;

/** Diets a household member can follow; each is derived from a product's ingredients and nutrition. */
public enum Diet {
    VEGAN("Vegan"),
    VEGETARIAN("Vegetarian"),
    PESCATARIAN("Pescatarian"),
    GLUTEN_FREE("Gluten-free"),
    DAIRY_FREE("Dairy-free"),
    NUT_FREE("Nut-free"),
    LOW_SODIUM("Low sodium");

    /** EU Regulation 1924/2006: "low sodium" means at most 0.12 g sodium per 100 g, i.e. 0.3 g salt. */
    public static final double LOW_SODIUM_MAX_SALT_G = 0.3;

    private final String label;

    Diet(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Diet> fromCode(String code) {
        for (Diet d : values()) {
            if (d.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
