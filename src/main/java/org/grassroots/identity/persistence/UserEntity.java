package org.grassroots.identity.persistence;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.common.UserId;
import org.grassroots.identity.Role;
import org.grassroots.identity.UserAccount;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The user aggregate as Spring Data JDBC stores it: the user row and its roles. */
@Table("app_user")
public record UserEntity(
        @Id Long id,
        String email,
        String displayName,
        String passwordHash,
        Instant createdAt,
        @MappedCollection(idColumn = "app_user") Set<RoleEntity> roles) {

    public static UserEntity create(String email, String displayName, String passwordHash, Set<Role> roles) {
        Set<RoleEntity> roleRows = roles.stream().map(RoleEntity::new).collect(Collectors.toSet());
        return new UserEntity(null, email, displayName, passwordHash, Instant.now(), roleRows);
    }

    public Set<Role> roleSet() {
        return roles.stream().map(RoleEntity::role).collect(Collectors.toUnmodifiableSet());
    }

    public UserAccount toAccount() {
        return new UserAccount(new UserId(id), email, displayName, roleSet());
    }

    @Table("app_user_role")
    public record RoleEntity(Role role) {}
}
