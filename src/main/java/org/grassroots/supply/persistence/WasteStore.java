package org.grassroots.supply.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waste log: food that was not sold, and what became of it. */
@Repository
public class WasteStore {

    public record Entry(
            long id,
            EnterpriseId producer,
            EnterpriseId hub,
            ProductId product,
            Long lotId,
            BigDecimal quantity,
            String unit,
            String kind,
            String reason,
            LocalDate recordedOn,
            long valueMinor,
            String currency) {}

    private final JdbcClient jdbc;

    WasteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Entry e, UserId by) {
        jdbc.sql("""
                        insert into supply_waste (producer_id, hub_id, product_id, lot_id, quantity, unit, kind, reason,
                                                  recorded_on, recorded_by, value_minor, currency)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.producer().value(),
                        e.hub() == null ? null : e.hub().value(),
                        e.product().value(),
                        e.lotId(),
                        e.quantity(),
                        e.unit(),
                        e.kind(),
                        e.reason(),
                        Date.valueOf(e.recordedOn()),
                        by.value(),
                        e.valueMinor(),
                        e.currency())
                .update();
    }

    /** A producer's entries (all hubs), or a hub's (all producers), from {@code since} on, newest first. */
    public List<Entry> entries(EnterpriseId producer, EnterpriseId hub, LocalDate since) {
        String where = producer != null ? "producer_id = ?" : "hub_id = ?";
        return jdbc.sql("select * from supply_waste where " + where
                        + " and recorded_on >= ? order by recorded_on desc, id desc")
                .param((producer != null ? producer : hub).value())
                .param(Date.valueOf(since))
                .query((rs, n) -> {
                    long hubId = rs.getLong("hub_id");
                    EnterpriseId at = rs.wasNull() ? null : new EnterpriseId(hubId);
                    long lot = rs.getLong("lot_id");
                    Long lotId = rs.wasNull() ? null : lot;
                    return new Entry(
                            rs.getLong("id"),
                            new EnterpriseId(rs.getLong("producer_id")),
                            at,
                            new ProductId(rs.getLong("product_id")),
                            lotId,
                            rs.getBigDecimal("quantity"),
                            rs.getString("unit"),
                            rs.getString("kind"),
                            rs.getString("reason"),
                            rs.getObject("recorded_on", LocalDate.class),
                            rs.getLong("value_minor"),
                            rs.getString("currency"));
                })
                .list();
    }
}
