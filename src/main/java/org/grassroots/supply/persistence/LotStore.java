package org.grassroots.supply.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.VariantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Producers' lots: what was harvested or made, when, and how much of it is left. */
@Repository
public class LotStore {

    public record Row(
            long id,
            VariantId variant,
            String code,
            LocalDate producedOn,
            LocalDate bestBefore,
            int quantity,
            int remaining,
            Integer markdownPercent,
            Instant markedDownAt) {}

    private static final String COLUMNS =
            "id, variant_id, code, produced_on, best_before, quantity, remaining, markdown_percent, marked_down_at";

    private final JdbcClient jdbc;

    LotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new lot's id, or empty if the producer already has a lot with that code */
    public Optional<Long> insert(
            EnterpriseId producer,
            VariantId variant,
            String code,
            LocalDate producedOn,
            LocalDate bestBefore,
            int quantity) {
        try {
            return Optional.of(jdbc.sql("""
                            insert into supply_lot (producer_id, variant_id, code, produced_on, best_before, quantity, remaining)
                            values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            producer.value(),
                            variant.value(),
                            code,
                            Date.valueOf(producedOn),
                            Date.valueOf(bestBefore),
                            quantity,
                            quantity)
                    .query(Long.class)
                    .single());
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /** The producer's lots with something left or a best-before from {@code since} on, soonest first. */
    public List<Row> ofProducer(EnterpriseId producer, LocalDate since) {
        return jdbc.sql("select " + COLUMNS
                        + " from supply_lot where producer_id = ? and (remaining > 0 or best_before >= ?)"
                        + " order by best_before, id")
                .param(producer.value())
                .param(Date.valueOf(since))
                .query(LotStore::row)
                .list();
    }

    public Optional<Row> find(EnterpriseId producer, long id) {
        return jdbc.sql("select " + COLUMNS + " from supply_lot where producer_id = ? and id = ?")
                .param(producer.value())
                .param(id)
                .query(LotStore::row)
                .optional();
    }

    public void markedDown(long id, int percent, Instant at) {
        jdbc.sql("update supply_lot set markdown_percent = ?, marked_down_at = ? where id = ?")
                .params(percent, Timestamp.from(at), id)
                .update();
    }

    /** Takes {@code quantity} off what is left, if that much is left; false if not. */
    public boolean take(long id, int quantity) {
        return jdbc.sql("update supply_lot set remaining = remaining - ? where id = ? and remaining >= ?")
                        .params(quantity, id, quantity)
                        .update()
                == 1;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        int percent = rs.getInt("markdown_percent");
        Integer markdown = rs.wasNull() ? null : percent;
        Timestamp at = rs.getTimestamp("marked_down_at");
        return new Row(
                rs.getLong("id"),
                new VariantId(rs.getLong("variant_id")),
                rs.getString("code"),
                rs.getObject("produced_on", LocalDate.class),
                rs.getObject("best_before", LocalDate.class),
                rs.getInt("quantity"),
                rs.getInt("remaining"),
                markdown,
                at == null ? null : at.toInstant());
    }
}
