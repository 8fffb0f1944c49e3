package org.grassroots.supply.persistence;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flagged demand and what people decided about it. */
@Repository
public class AnomalyStore {

    public enum Status {
        PENDING,
        CONFIRMED,
        REJECTED
    }

    /** A stored flag; {@code decidedAt} and {@code decidedBy} are null while it is pending. */
    public record Row(
            long id,
            ProductId product,
            LocalDate firstWeek,
            int weeks,
            String kind,
            double observed,
            double expected,
            int repeatOrders,
            Status status,
            Instant detectedAt,
            Instant decidedAt,
            UserId decidedBy) {

        public boolean covers(LocalDate week) {
            return !week.isBefore(firstWeek) && week.isBefore(firstWeek.plusWeeks(weeks));
        }
    }

    private final JdbcClient jdbc;

    AnomalyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new flag, unless the product already has one starting that week. */
    public void flag(
            EnterpriseId producer,
            ProductId product,
            LocalDate firstWeek,
            int weeks,
            String kind,
            double observed,
            double expected,
            int repeatOrders) {
        jdbc.sql("""
                        insert into supply_anomaly (producer_id, product_id, first_week, weeks, kind, observed, expected, repeat_orders)
                        values (:producer, :product, :week, :weeks, :kind, :observed, :expected, :repeats)
                        on conflict (product_id, first_week) do nothing""")
                .param("producer", producer.value())
                .param("product", product.value())
                .param("week", Date.valueOf(firstWeek))
                .param("weeks", weeks)
                .param("kind", kind)
                .param("observed", observed)
                .param("expected", expected)
                .param("repeats", repeatOrders)
                .update();
    }

    /** The producer's flags, newest first. */
    public List<Row> ofProducer(EnterpriseId producer) {
        return jdbc.sql("select * from supply_anomaly where producer_id = ? order by first_week desc, id desc")
                .param(producer.value())
                .query((rs, n) -> {
                    long decidedBy = rs.getLong("decided_by");
                    UserId by = rs.wasNull() ? null : new UserId(decidedBy);
                    return new Row(
                            rs.getLong("id"),
                            new ProductId(rs.getLong("product_id")),
                            rs.getObject("first_week", LocalDate.class),
                            rs.getInt("weeks"),
                            rs.getString("kind"),
                            rs.getDouble("observed"),
                            rs.getDouble("expected"),
                            rs.getInt("repeat_orders"),
                            Status.valueOf(rs.getString("status")),
                            rs.getTimestamp("detected_at").toInstant(),
                            Optional.ofNullable(rs.getTimestamp("decided_at"))
                                    .map(java.sql.Timestamp::toInstant)
                                    .orElse(null),
                            by);
                })
                .list();
    }

    /** Records a decision on one of the producer's pending flags; false if there is none such. */
    public boolean decide(EnterpriseId producer, long id, Status status, UserId by, Instant at) {
        return jdbc.sql("""
                                update supply_anomaly set status = :status, decided_by = :by, decided_at = :at
                                where id = :id and producer_id = :producer and status = 'PENDING'""")
                        .param("status", status.name())
                        .param("by", by.value())
                        .param("at", java.sql.Timestamp.from(at))
                        .param("id", id)
                        .param("producer", producer.value())
                        .update()
                == 1;
    }
}
