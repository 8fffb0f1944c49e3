package org.grassroots.market.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer credit: an append-only ledger (the table refuses updates and deletes). */
@Repository
public class CreditStore {

    private final JdbcClient jdbc;

    CreditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(UserId shopper, EnterpriseId hub, Money amount, String reason, Long orderId, UserId by) {
        jdbc.sql("""
                        insert into credit_entry (shopper_id, hub_id, amount_minor, currency, reason, order_id, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        shopper.value(),
                        hub.value(),
                        amount.minorUnits(),
                        amount.currency().getCurrencyCode(),
                        reason,
                        orderId,
                        by.value())
                .update();
    }

    /**
     * The balance, read under a lock on the shopper's ledger so two checkouts cannot both spend the
     * same credit: the transaction-scoped advisory lock serialises spending per shopper and hub.
     */
    public long lockedBalance(UserId shopper, EnterpriseId hub) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params((int) shopper.value(), (int) hub.value())
                .query()
                .singleRow();
        return balance(shopper, hub);
    }

    public long balance(UserId shopper, EnterpriseId hub) {
        return jdbc.sql("select coalesce(sum(amount_minor), 0) from credit_entry where shopper_id = ? and hub_id = ?")
                .params(shopper.value(), hub.value())
                .query(Long.class)
                .single();
    }

    /** The shopper's balance with every hub where it has ever had credit, by hub id. */
    public Map<Long, Long> balances(UserId shopper) {
        Map<Long, Long> balances = new LinkedHashMap<>();
        jdbc.sql(
                        "select hub_id, sum(amount_minor) from credit_entry where shopper_id = ? group by hub_id order by hub_id")
                .param(shopper.value())
                .query(rs -> {
                    balances.put(rs.getLong(1), rs.getLong(2));
                });
        return balances;
    }
}
