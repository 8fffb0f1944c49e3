package org.grassroots.identity;

import java.util.Set;

/** What it takes to create a user. The password is hashed before it is stored. */
public record NewUser(String email, String displayName, String password, Set<Role> roles) {

    public NewUser {
        roles = Set.copyOf(roles);
    }
}
