package org.grassroots.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.common.UserId;
import org.grassroots.identity.persistence.UserDirectory;
import org.grassroots.identity.persistence.UserEntity;
import org.grassroots.identity.persistence.UserRepository;
import org.grassroots.identity.security.AccountDetails;
import org.grassroots.identity.security.ApiTokens;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's facade: create and find users, and tell who is signed in. */
@Service
public class IdentityApi {

    private final UserRepository users;
    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokens apiTokens;

    IdentityApi(UserRepository users, UserDirectory directory, PasswordEncoder passwordEncoder, ApiTokens apiTokens) {
        this.users = users;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.apiTokens = apiTokens;
    }

    /**
     * Creates a user. Emails are stored lower-case, so they are unique regardless of case.
     *
     * @throws EmailAlreadyRegisteredException if the email is taken
     */
    @Transactional
    public UserAccount register(NewUser user) {
        return registerAll(List.of(user)).get(0);
    }

    /**
     * Creates many users in one transaction. Each distinct password is hashed once, which keeps
     * seeding hundreds of demo accounts fast; every hash still carries its own random salt.
     */
    @Transactional
    public List<UserAccount> registerAll(List<NewUser> newUsers) {
        Map<String, String> hashes = new HashMap<>();
        List<UserEntity> entities = newUsers.stream()
                .map(u -> UserEntity.create(
                        normalize(u.email()),
                        u.displayName().strip(),
                        hashes.computeIfAbsent(u.password(), passwordEncoder::encode),
                        u.roles()))
                .toList();
        for (UserEntity entity : entities) {
            if (users.existsByEmail(entity.email())) {
                throw EmailAlreadyRegisteredException.forEmail(entity.email());
            }
        }
        try {
            return users.saveAll(entities).stream().map(UserEntity::toAccount).toList();
        } catch (DuplicateKeyException e) {
            throw EmailAlreadyRegisteredException.forEmail("one of these addresses");
        }
    }

    @Transactional(readOnly = true)
    public boolean isRegistered(String email) {
        return users.existsByEmail(normalize(email));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(normalize(email)).map(UserEntity::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(UserId id) {
        return users.findById(id.value()).map(UserEntity::toAccount);
    }

    /** Display names by user id, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        return directory.displayNames(ids);
    }

    @Transactional(readOnly = true)
    public long countUsers() {
        return users.count();
    }

    /** Creates a personal API token for the user; the token is returned once and stored only as a hash. */
    @Transactional
    public String createApiToken(UserId user, String name) {
        return apiTokens.create(user, name);
    }

    /** The signed-in user of the current request, if any. */
    public Optional<UserId> currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
            return Optional.of(details.userId());
        }
        return Optional.empty();
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
