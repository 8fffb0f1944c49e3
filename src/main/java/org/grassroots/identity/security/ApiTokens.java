package org.grassroots.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.grassroots.common.UserId;
import org.grassroots.identity.persistence.ApiTokenStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 32 random bytes, shown once as {@code gr_…}, stored as a SHA-256 hash.
 * A hash (not BCrypt) is right here: the token is random and long, so it cannot be guessed, and
 * checking it on every API call must be cheap.
 */
@Service
public class ApiTokens {

    private static final String PREFIX = "gr_";
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenStore store;

    /**
     * Token hash to user, kept a minute: an integration's calls then need no token query. A token
     * revoked on another node keeps working here for at most that minute.
     */
    private final Cache<String, Optional<Long>> users = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();

    ApiTokens(ApiTokenStore store) {
        this.store = store;
    }

    /** Creates a token and returns it; this is the only time it is ever visible. */
    @Transactional
    public String create(UserId user, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.insert(user, name.strip(), hash(token));
        return token;
    }

    /**
     * The user a token belongs to; from memory for a minute, so a request opens no transaction for
     * it. A cache miss reads the token and notes when it was last used, in two statements.
     */
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return users.get(hash(token), store::use);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenStore.Token> list(UserId user) {
        return store.ofUser(user);
    }

    @Transactional
    public boolean revoke(UserId user, long id) {
        users.invalidateAll();
        return store.revoke(user, id);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
