package org.grassroots.safety;

import java.util.List;

/** The answer to whether a product is safe for a household and, if not, why. */
public record Assessment(List<Concern> concerns) {

    public static final Assessment SAFE = new Assessment(List.of());

    public Assessment {
        concerns = List.copyOf(concerns);
    }

    public boolean safe() {
        return concerns.isEmpty();
    }

    /** Every concern's message, joined: "Sam avoids milk: contains butter; Alex is vegan: contains honey". */
    public String summary() {
        return String.join("; ", concerns.stream().map(Concern::message).toList());
    }

    /** A strict member's allergen is in it: it cannot go in the basket, even with acknowledgement. */
    public boolean blocked() {
        return concerns.stream().anyMatch(Concern::blocking);
    }
}
