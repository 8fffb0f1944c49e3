package org.grassroots.market.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.market.CycleId;
import org.grassroots.market.FulfilmentKind;
import org.grassroots.market.OrderLine;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.OrderView;
import org.grassroots.market.PastOrder;
import org.grassroots.market.PaymentMethod;
import org.grassroots.market.Purchase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for orders and their lines. */
@Repository
public class OrderStore {

    private static final String ORDER_COLUMNS = """
            o.id, o.cycle_id, c.name as cycle_name, o.hub_id, o.shopper_id, o.status, o.placed_at,
            f.name as fulfilment_name, f.kind as fulfilment_kind, o.delivery_address, o.note, o.payment_method,
            o.subtotal_minor, o.hub_fee_minor, o.delivery_fee_minor, o.total_minor, o.currency
            from customer_order o
            join order_cycle c on c.id = o.cycle_id
            left join fulfilment_option f on f.id = o.fulfilment_option_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OrderStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** What a new order records, apart from its lines. */
    public record NewOrder(
            CycleId cycle,
            EnterpriseId hub,
            UserId shopper,
            Instant placedAt,
            Long fulfilmentOption,
            String deliveryAddress,
            GeoPoint deliveryLocation,
            String note,
            PaymentMethod payment,
            long subtotal,
            long hubFee,
            long deliveryFee,
            long total,
            String currency,
            String idempotencyKey) {}

    /** Inserts the order unless the shopper already used the idempotency key; returns the new id, or empty. */
    public Optional<Long> insertPlaced(NewOrder o, List<OrderLine> lines) {
        Optional<Long> id = jdbc.sql("""
                        insert into customer_order (cycle_id, hub_id, shopper_id, status, placed_at, fulfilment_option_id,
                            delivery_address, delivery_latitude, delivery_longitude, note, payment_method,
                            subtotal_minor, hub_fee_minor, delivery_fee_minor, total_minor, currency, idempotency_key)
                        values (?, ?, ?, 'PLACED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (shopper_id, idempotency_key) where idempotency_key is not null do nothing
                        returning id""")
                .params(
                        o.cycle().value(),
                        o.hub().value(),
                        o.shopper().value(),
                        Timestamp.from(o.placedAt()),
                        o.fulfilmentOption(),
                        o.deliveryAddress(),
                        o.deliveryLocation() == null
                                ? null
                                : o.deliveryLocation().latitude(),
                        o.deliveryLocation() == null
                                ? null
                                : o.deliveryLocation().longitude(),
                        o.note(),
                        o.payment().name(),
                        o.subtotal(),
                        o.hubFee(),
                        o.deliveryFee(),
                        o.total(),
                        o.currency(),
                        o.idempotencyKey())
                .query(Long.class)
                .optional();
        id.ifPresent(orderId -> insertLines(orderId, lines));
        return id;
    }

    private void insertLines(long orderId, List<OrderLine> lines) {
        template.batchUpdate(
                "insert into order_line (order_id, line_no, variant_id, producer_id, product_name, quantity, "
                        + "unit_price_minor) values (?, ?, ?, ?, ?, ?, ?)",
                lines.stream()
                        .map(l -> new Object[] {
                            orderId,
                            l.lineNo(),
                            l.variant().value(),
                            l.producer().value(),
                            l.productName(),
                            l.quantity(),
                            l.unitPrice().minorUnits()
                        })
                        .toList());
    }

    public Optional<Long> findByIdempotencyKey(UserId shopper, String key) {
        return jdbc.sql("select id from customer_order where shopper_id = ? and idempotency_key = ?")
                .params(shopper.value(), key)
                .query(Long.class)
                .optional();
    }

    public Optional<OrderView> find(long id) {
        return jdbc.sql("select " + ORDER_COLUMNS + " where o.id = ?")
                .param(id)
                .query(OrderStore::order)
                .optional()
                .map(o -> withLines(List.of(o)).get(0));
    }

    public List<OrderView> ofShopper(UserId shopper, int limit) {
        return withLines(
                jdbc.sql("select " + ORDER_COLUMNS + " where o.shopper_id = ? order by o.placed_at desc limit ?")
                        .params(shopper.value(), limit)
                        .query(OrderStore::order)
                        .list());
    }

    /** Orders of a hub, newest first, optionally of one cycle and one status. */
    public List<OrderView> ofHub(EnterpriseId hub, CycleId cycle, OrderStatus status, int limit) {
        return withLines(jdbc.sql("select " + ORDER_COLUMNS
                        + " where o.hub_id = :hub and (cast(:cycle as bigint) is null or o.cycle_id = :cycle)"
                        + " and (cast(:status as text) is null or o.status = :status)"
                        + " order by o.placed_at desc limit :limit")
                .param("hub", hub.value())
                .param("cycle", cycle == null ? null : cycle.value())
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(OrderStore::order)
                .list());
    }

    /** Orders containing the producer's items, with only those lines, newest first. */
    public List<OrderView> forProducer(EnterpriseId producer, int limit) {
        List<OrderView> orders = jdbc.sql("select " + ORDER_COLUMNS
                        + " where o.id in (select l.order_id from order_line l where l.producer_id = ?)"
                        + " order by o.placed_at desc limit ?")
                .params(producer.value(), limit)
                .query(OrderStore::order)
                .list();
        return withLines(orders).stream()
                .map(o -> o.withLines(o.lines().stream()
                        .filter(l -> l.producer().equals(producer))
                        .toList()))
                .toList();
    }

    /** Where a delivery order goes and through which option. */
    public record DeliveryPoint(GeoPoint location, long fulfilmentOption) {}

    /** The cycle's delivery orders that were not cancelled, by order id. */
    public Map<Long, DeliveryPoint> deliveryPoints(EnterpriseId hub, CycleId cycle) {
        Map<Long, DeliveryPoint> points = new HashMap<>();
        jdbc.sql("select o.id, o.delivery_latitude, o.delivery_longitude, o.fulfilment_option_id"
                        + " from customer_order o join fulfilment_option f on f.id = o.fulfilment_option_id"
                        + " where o.hub_id = ? and o.cycle_id = ? and f.kind = 'DELIVERY' and o.status <> 'CANCELLED'"
                        + " and o.delivery_latitude is not null")
                .params(hub.value(), cycle.value())
                .query(rs -> {
                    points.put(
                            rs.getLong("id"),
                            new DeliveryPoint(
                                    new GeoPoint(rs.getDouble("delivery_latitude"), rs.getDouble("delivery_longitude")),
                                    rs.getLong("fulfilment_option_id")));
                });
        return points;
    }

    /** Moves an order from one status to another; false if it was no longer in {@code from}. */
    public boolean transition(long orderId, OrderStatus from, OrderStatus to) {
        return jdbc.sql("update customer_order set status = ?, updated_at = now() where id = ? and status = ?")
                        .params(to.name(), orderId, from.name())
                        .update()
                == 1;
    }

    /** Every line of the hub's orders that were not cancelled, by shopper, oldest order first. */
    public List<Purchase> purchases(EnterpriseId hub) {
        return jdbc.sql("""
                        select o.id, o.shopper_id, o.placed_at, l.variant_id, l.quantity
                        from customer_order o join order_line l on l.order_id = o.id
                        where o.hub_id = ? and o.status <> 'CANCELLED'
                        order by o.shopper_id, o.placed_at, o.id, l.line_no""")
                .param(hub.value())
                .query((rs, row) -> new Purchase(
                        rs.getLong(1),
                        new UserId(rs.getLong(2)),
                        rs.getTimestamp(3).toInstant(),
                        new VariantId(rs.getLong(4)),
                        rs.getInt(5)))
                .list();
    }

    public long countOrders() {
        return jdbc.sql("select count(*) from customer_order").query(Long.class).single();
    }

    /** Reserves ids from the sequence, then writes orders and lines in JDBC batches. */
    /** Inserts the orders; returns their new ids, in order. */
    public List<Long> insertHistory(List<PastOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
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
            PastOrder.Fulfilment fulfilment = o.fulfilment();
            GeoPoint home = fulfilment == null ? null : fulfilment.location();
            orderRows.add(new Object[] {
                id,
                o.cycle().value(),
                o.hub().value(),
                o.shopper().value(),
                o.status().name(),
                Timestamp.from(o.placedAt()),
                o.total().minorUnits(),
                o.total().minorUnits(),
                o.total().currency().getCurrencyCode(),
                fulfilment == null ? null : fulfilment.option(),
                fulfilment == null ? null : fulfilment.address(),
                home == null ? null : home.latitude(),
                home == null ? null : home.longitude(),
                fulfilment == null ? "" : fulfilment.note()
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
                "insert into customer_order (id, cycle_id, hub_id, shopper_id, status, placed_at, subtotal_minor, "
                        + "total_minor, currency, fulfilment_option_id, delivery_address, delivery_latitude, "
                        + "delivery_longitude, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                orderRows);
        template.batchUpdate(
                "insert into order_line (order_id, line_no, variant_id, producer_id, product_name, quantity, "
                        + "unit_price_minor) values (?, ?, ?, ?, ?, ?, ?)",
                lineRows);
        return ids;
    }

    private List<OrderView> withLines(List<OrderView> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<Long, List<OrderLine>> lines = new LinkedHashMap<>();
        orders.forEach(o -> lines.put(o.id(), new ArrayList<>()));
        jdbc.sql("select l.order_id, l.line_no, l.variant_id, l.producer_id, l.product_name, l.quantity, "
                        + "l.unit_price_minor, o.currency from order_line l join customer_order o on o.id = l.order_id "
                        + "where l.order_id = any(?) order by l.order_id, l.line_no")
                .param(orders.stream().map(OrderView::id).toArray(Long[]::new))
                .query(rs -> {
                    lines.get(rs.getLong("order_id"))
                            .add(new OrderLine(
                                    rs.getInt("line_no"),
                                    new VariantId(rs.getLong("variant_id")),
                                    new EnterpriseId(rs.getLong("producer_id")),
                                    rs.getString("product_name"),
                                    rs.getInt("quantity"),
                                    Money.of(rs.getLong("unit_price_minor"), rs.getString("currency"))));
                });
        return orders.stream().map(o -> o.withLines(lines.get(o.id()))).toList();
    }

    private static OrderView order(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        String kind = rs.getString("fulfilment_kind");
        return new OrderView(
                rs.getLong("id"),
                new CycleId(rs.getLong("cycle_id")),
                rs.getString("cycle_name"),
                new EnterpriseId(rs.getLong("hub_id")),
                new UserId(rs.getLong("shopper_id")),
                null,
                OrderStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("placed_at").toInstant(),
                rs.getString("fulfilment_name"),
                kind == null ? null : FulfilmentKind.valueOf(kind),
                rs.getString("delivery_address"),
                rs.getString("note"),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                Money.of(rs.getLong("subtotal_minor"), currency),
                Money.of(rs.getLong("hub_fee_minor"), currency),
                Money.of(rs.getLong("delivery_fee_minor"), currency),
                Money.of(rs.getLong("total_minor"), currency),
                List.of());
    }
}
