package org.grassroots.supply.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Demand history: one row per order line, in the product's pricing unit. */
@Repository
public class DemandStore {

    /** One order line as demand. */
    public record Line(
            long orderId,
            long variantId,
            long productId,
            long producerId,
            long hubId,
            long cycleId,
            Instant cycleClosesAt,
            LocalDate cycleWeek,
            long shopperId,
            int quantity,
            BigDecimal amount,
            String unit) {}

    /**
     * A product's demand in one week: the sum over hubs, and the order lines that repeat another
     * (how many, and how much they add).
     */
    public record Week(
            ProductId product, LocalDate week, double amount, String unit, int repeatOrders, double repeatedAmount) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DemandStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records the lines; a line recorded before (a redelivered event) is left as it is. */
    public void record(List<Line> lines) {
        template.batchUpdate(
                "insert into supply_demand (order_id, variant_id, product_id, producer_id, hub_id, cycle_id,"
                        + " cycle_closes_at, cycle_week, shopper_id, quantity, amount, unit)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (order_id, variant_id) do nothing",
                lines.stream()
                        .map(l -> new Object[] {
                            l.orderId(),
                            l.variantId(),
                            l.productId(),
                            l.producerId(),
                            l.hubId(),
                            l.cycleId(),
                            Timestamp.from(l.cycleClosesAt()),
                            Date.valueOf(l.cycleWeek()),
                            l.shopperId(),
                            l.quantity(),
                            l.amount(),
                            l.unit()
                        })
                        .toList());
    }

    public void forget(long orderId) {
        jdbc.sql("delete from supply_demand where order_id = ?").param(orderId).update();
    }

    /**
     * The producer's weekly demand per product in cycles that closed before {@code now}, oldest first. An order
     * repeats another when the same household ordered the same quantity of the product in the same
     * cycle before.
     */
    public List<Week> weekly(EnterpriseId producer, Instant now) {
        return jdbc.sql("""
                        select product_id, cycle_week, sum(amount) as amount, min(unit) as unit,
                               sum(case when earlier > 0 then 1 else 0 end) as repeats,
                               sum(case when earlier > 0 then amount else 0 end) as repeated
                        from (select d.*, count(*) over (partition by product_id, variant_id, cycle_id, shopper_id, quantity
                                                         order by order_id rows between unbounded preceding and 1 preceding) as earlier
                              from supply_demand d where producer_id = ? and cycle_closes_at < ?) lines
                        group by product_id, cycle_week
                        order by product_id, cycle_week""")
                .param(producer.value())
                .param(Timestamp.from(now))
                .query((rs, row) -> new Week(
                        new ProductId(rs.getLong("product_id")),
                        rs.getObject("cycle_week", LocalDate.class),
                        rs.getDouble("amount"),
                        rs.getString("unit"),
                        rs.getInt("repeats"),
                        rs.getDouble("repeated")))
                .list();
    }
}
