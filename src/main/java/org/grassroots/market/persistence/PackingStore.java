package org.grassroots.market.persistence;

import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.VariantId;
import org.grassroots.market.CycleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates for packing: one grouped query over the cycle's order lines. */
@Repository
public class PackingStore {

    public record Total(EnterpriseId producer, VariantId variant, String productName, int quantity, long amountMinor) {}

    private final JdbcClient jdbc;

    PackingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Total> totals(CycleId cycle) {
        return jdbc.sql("""
                        select l.producer_id, l.variant_id, min(l.product_name) as product_name,
                               sum(l.quantity) as quantity, sum(l.quantity * l.unit_price_minor) as amount
                        from order_line l join customer_order o on o.id = l.order_id
                        where o.cycle_id = ? and o.status <> 'CANCELLED'
                        group by l.producer_id, l.variant_id
                        order by l.producer_id, min(l.product_name)""")
                .param(cycle.value())
                .query((rs, row) -> new Total(
                        new EnterpriseId(rs.getLong("producer_id")),
                        new VariantId(rs.getLong("variant_id")),
                        rs.getString("product_name"),
                        rs.getInt("quantity"),
                        rs.getLong("amount")))
                .list();
    }
}
