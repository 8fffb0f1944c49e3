package org.grassroots.identity.security;

import java.io.Serial;
import java.util.Objects;
import org.grassroots.common.UserId;
import org.grassroots.identity.Role;
import org.grassroots.identity.persistence.UserEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal. Stored in the JDBC session, so it stays small and serializable. */
public final class AccountDetails extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String displayName;

    AccountDetails(UserEntity user) {
        super(
                user.email(),
                user.passwordHash(),
                user.roleSet().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        this.userId = user.id();
        this.displayName = user.displayName();
    }

    public UserId userId() {
        return new UserId(userId);
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountDetails that && super.equals(that) && userId == that.userId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), userId);
    }
}
