package org.grassroots.market.persistence;

import java.util.List;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.market.CycleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for shoppers' carts, one per shopper and cycle. */
@Repository
public class CartStore {

    public record Item(CycleId cycle, VariantId variant, int quantity) {}

    private final JdbcClient jdbc;

    CartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds to the quantity already in the cart, capped at 999; answers with the quantity now in the cart. */
    public int add(UserId shopper, CycleId cycle, VariantId variant, int quantity) {
        return jdbc.sql("""
                        insert into cart_item (shopper_id, cycle_id, variant_id, quantity) values (?, ?, ?, ?)
                        on conflict (shopper_id, cycle_id, variant_id)
                        do update set quantity = least(cart_item.quantity + excluded.quantity, 999)
                        returning quantity""")
                .params(shopper.value(), cycle.value(), variant.value(), quantity)
                .query(Integer.class)
                .single();
    }

    /** @return false when the cart has no line of that variant */
    public boolean set(UserId shopper, CycleId cycle, VariantId variant, int quantity) {
        return jdbc.sql("update cart_item set quantity = ? where shopper_id = ? and cycle_id = ? and variant_id = ?")
                        .params(quantity, shopper.value(), cycle.value(), variant.value())
                        .update()
                > 0;
    }

    public void remove(UserId shopper, CycleId cycle, VariantId variant) {
        jdbc.sql("delete from cart_item where shopper_id = ? and cycle_id = ? and variant_id = ?")
                .params(shopper.value(), cycle.value(), variant.value())
                .update();
    }

    public void clear(UserId shopper, CycleId cycle) {
        jdbc.sql("delete from cart_item where shopper_id = ? and cycle_id = ?")
                .params(shopper.value(), cycle.value())
                .update();
    }

    public List<Item> items(UserId shopper, CycleId cycle) {
        return jdbc.sql("select cycle_id, variant_id, quantity from cart_item where shopper_id = ? and cycle_id = ? "
                        + "order by added_at, variant_id")
                .params(shopper.value(), cycle.value())
                .query((rs, row) -> new Item(new CycleId(rs.getLong(1)), new VariantId(rs.getLong(2)), rs.getInt(3)))
                .list();
    }

    /** Cycles in which the shopper has something in the cart, among those given. */
    public List<CycleId> cyclesWithItems(UserId shopper, List<CycleId> among) {
        return jdbc.sql("select distinct cycle_id from cart_item where shopper_id = ? and cycle_id = any(?)")
                .params(shopper.value(), among.stream().map(CycleId::value).toArray(Long[]::new))
                .query((rs, row) -> new CycleId(rs.getLong(1)))
                .list();
    }

    /** Units in the shopper's carts of the given cycles: the number on the cart badge. */
    public int count(UserId shopper, List<CycleId> cycles) {
        return jdbc.sql("select coalesce(sum(quantity), 0) from cart_item where shopper_id = ? and cycle_id = any(?)")
                .params(shopper.value(), cycles.stream().map(CycleId::value).toArray(Long[]::new))
                .query(Integer.class)
                .single();
    }
}
