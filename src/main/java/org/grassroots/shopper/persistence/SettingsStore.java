package org.grassroots.shopper.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.common.UserId;
import org.grassroots.shopper.ShopperSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shoppers' settings; a shopper without a row has the defaults. */
@Repository
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ShopperSettings find(UserId user) {
        return jdbc.sql("select personalized, forget_before from shopper_settings where user_id = ?")
                .param(user.value())
                .query(SettingsStore::settings)
                .optional()
                .orElse(ShopperSettings.DEFAULT);
    }

    /** Every shopper who changed a default. */
    public Map<UserId, ShopperSettings> changed() {
        return jdbc
                .sql("select user_id, personalized, forget_before from shopper_settings")
                .query((rs, row) -> Map.entry(new UserId(rs.getLong("user_id")), settings(rs, row)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void personalize(UserId user, boolean on) {
        jdbc.sql("""
                        insert into shopper_settings (user_id, personalized) values (?, ?)
                        on conflict (user_id) do update set personalized = excluded.personalized, updated_at = now()""").params(user.value(), on).update();
    }

    public void forgetBefore(UserId user, Instant instant) {
        jdbc.sql("""
                        insert into shopper_settings (user_id, forget_before) values (?, ?)
                        on conflict (user_id) do update set forget_before = excluded.forget_before, updated_at = now()""").params(user.value(), Timestamp.from(instant)).update();
    }

    private static ShopperSettings settings(ResultSet rs, int row) throws SQLException {
        Timestamp forget = rs.getTimestamp("forget_before");
        return new ShopperSettings(rs.getBoolean("personalized"), forget == null ? null : forget.toInstant());
    }
}
