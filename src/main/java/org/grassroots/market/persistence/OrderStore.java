package org.grassroots.market.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.market.CycleId;
import org.grassroots.market.NewCycle;
import org.grassroots.market.PastOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for order cycles and orders. */
@Repository
public class OrderStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OrderStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public CycleId insertCycle(NewCycle cycle) {
        return new CycleId(jdbc.sql("insert into order_cycle (hub_id, name, opens_at, closes_at) values (?, ?, ?, ?) "
                        + "returning id")
                .params(
                        cycle.hub().value(),
                        cycle.name(),
                        Timestamp.from(cycle.opensAt()),
                        Timestamp.from(cycle.closesAt()))
                .query(Long.class)
                .single());
    }

    /** Reserves ids from the sequence, then writes orders and lines in JDBC batches. */
    public void insertAll(List<PastOrder> orders) {
        if (orders.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('customer_order', 'id')) "
                        + "from generate_series(1, ?)")
                .param(orders.size())
                .query(Long.class)
                .list();
        List<Object[]> orderRows = new ArrayList<>(orders.size());
        List<Object[]> lineRows = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            PastOrder o = orders.get(i);
            long id = ids.get(i);
            orderRows.add(new Object[] {
                id,
                o.cycle().value(),
                o.hub().value(),
                o.shopper().value(),
                o.status().name(),
                Timestamp.from(o.placedAt()),
                o.total().minorUnits(),
                o.total().currency().getCurrencyCode()
            });
            for (int n = 0; n < o.lines().size(); n++) {
                PastOrder.Line line = o.lines().get(n);
                lineRows.add(new Object[] {
                    id,
                    n + 1,
                    line.variant().value(),
                    line.producer().value(),
                    line.productName(),
                    line.quantity(),
                    line.unitPrice().minorUnits()
                });
            }
        }
        template.batchUpdate(
                "insert into customer_order (id, cycle_id, hub_id, shopper_id, status, placed_at, total_minor, "
                        + "currency) values (?, ?, ?, ?, ?, ?, ?, ?)",
                orderRows);
        template.batchUpdate(
                "insert into order_line (order_id, line_no, variant_id, producer_id, product_name, quantity, "
                        + "unit_price_minor) values (?, ?, ?, ?, ?, ?, ?)",
                lineRows);
    }

    public long countOrders() {
        return jdbc.sql("select count(*) from customer_order").query(Long.class).single();
    }
}
