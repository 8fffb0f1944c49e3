package org.grassroots.catalog.persistence;

import org.grassroots.catalog.Reservation;
import org.grassroots.common.VariantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock changes, each one conditional UPDATE: never read-then-write, so concurrent checkouts can
 * never sell more than is on hand.
 */
@Repository
public class StockStore {

    private final JdbcClient jdbc;

    StockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Reservation reserve(VariantId variant, int quantity) {
        int updated =
                jdbc.sql("""
                        update variant set on_hand = case when on_demand then on_hand else on_hand - :q end
                        where id = :id and (on_demand or on_hand >= :q)""").param("q", quantity).param("id", variant.value()).update();
        if (updated == 1) {
            return new Reservation.Reserved();
        }
        return jdbc.sql("select on_hand from variant where id = ?")
                .param(variant.value())
                .query(Integer.class)
                .optional()
                .<Reservation>map(Reservation.InsufficientStock::new)
                .orElseGet(Reservation.UnknownVariant::new);
    }

    public void release(VariantId variant, int quantity) {
        jdbc.sql("update variant set on_hand = on_hand + :q where id = :id and not on_demand")
                .param("q", quantity)
                .param("id", variant.value())
                .update();
    }
}
