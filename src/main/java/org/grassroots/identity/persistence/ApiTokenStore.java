package org.grassroots.identity.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grassroots.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for API tokens, looked up by the hash of the presented token. */
@Repository
public class ApiTokenStore {

    public record Token(long id, String name, Instant createdAt, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UserId user, String name, String hash) {
        jdbc.sql("insert into api_token (user_id, name, token_hash) values (?, ?, ?)")
                .params(user.value(), name, hash)
                .update();
    }

    /**
     * The user of a live token. Marks it used at most once a minute, so a busy integration's calls
     * are reads, not a write and a commit each.
     */
    public Optional<Long> use(String hash) {
        Optional<Long> user = jdbc.sql("select user_id from api_token where token_hash = ? and revoked_at is null")
                .param(hash)
                .query(Long.class)
                .optional();
        user.ifPresent(u -> jdbc.sql("update api_token set last_used_at = now() where token_hash = ? "
                        + "and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                .param(hash)
                .update());
        return user;
    }

    public List<Token> ofUser(UserId user) {
        return jdbc.sql("select id, name, created_at, last_used_at from api_token where user_id = ? "
                        + "and revoked_at is null order by created_at desc")
                .param(user.value())
                .query((rs, row) -> new Token(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    public boolean revoke(UserId user, long id) {
        return jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                        .params(id, user.value())
                        .update()
                == 1;
    }
}
