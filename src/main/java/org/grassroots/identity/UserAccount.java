package org.grassroots.identity;

import java.util.Set;
import org.grassroots.common.UserId;

/** A user as other modules see it; never carries the password hash. */
public record UserAccount(UserId id, String email, String displayName, Set<Role> roles) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
