package org.grassroots.safety;

import java.util.Locale;
import java.util.Optional;

/** Claims a producer declares and the platform shows as declared; they cannot be derived from ingredients. */
public enum Claim {
    ORGANIC("Organic"),
    HALAL("Halal"),
    KOSHER("Kosher");

    private final String label;

    Claim(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Claim> fromCode(String code) {
        for (Claim c : values()) {
            if (c.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
