package org.grassroots.safety;

/** How strictly a household member avoids an allergen. */
public enum Severity {
    /** Avoids products that contain it; a "may contain" warning is shown but does not stop them. */
    CONTAINS("Avoid if it contains it"),
    /** Strict: avoids traces too. A product that contains it is blocked from their basket. */
    TRACES("Strict: avoid traces too");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
