package org.grassroots.identity;

/** What a user may do. A user can hold several roles. */
public enum Role {
    SHOPPER,
    PRODUCER,
    HUB_MANAGER,
    ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_SHOPPER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
