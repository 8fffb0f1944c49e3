package org.grassroots.safety.domain;

import java.util.List;

/** The people a shopper buys for. An empty household has no needs: every product is safe for it. */
public record Household(List<Member> members) {

    public static final Household EMPTY = new Household(List.of());

    public Household {
        members = List.copyOf(members);
    }

    public boolean hasNeeds() {
        return members.stream()
                .anyMatch(m -> !m.allergens().isEmpty() || !m.diets().isEmpty());
    }
}
