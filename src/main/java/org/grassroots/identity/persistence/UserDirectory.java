package org.grassroots.identity.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.grassroots.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Display names in bulk, with one query: order lists and packing reports name thousands of shoppers. */
@Repository
public class UserDirectory {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        Map<UserId, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from app_user where id = any(?)")
                .param(ids.stream().map(UserId::value).toArray(Long[]::new))
                .query(rs -> {
                    names.put(new UserId(rs.getLong(1)), rs.getString(2));
                });
        return names;
    }
}
