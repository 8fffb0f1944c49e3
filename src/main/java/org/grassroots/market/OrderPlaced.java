package org.grassroots.market;

import java.math.BigDecimal;
import java.util.List;
import org.grassroots.catalog.UnitKind;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;

/** Published in the transaction that places an order; recorded in the event publication registry. */
public record OrderPlaced(long orderId, CycleId cycle, EnterpriseId hub, UserId shopper, List<Item> items) {

    public OrderPlaced {
        items = List.copyOf(items);
    }

    /**
     * One line, with what the catalog said of its variant when the order was placed, so that a
     * listener needs no catalog read and a later change of pack size does not rewrite history.
     *
     * @param unitKind with {@code unitValue}, the pack bought: 500 g, 1 L or 6 items
     */
    public record Item(
            VariantId variant,
            ProductId product,
            EnterpriseId producer,
            UnitKind unitKind,
            BigDecimal unitValue,
            int quantity) {

        public static Item of(Variant variant, int quantity) {
            return new Item(
                    variant.id(),
                    variant.productId(),
                    variant.producer(),
                    variant.unitKind(),
                    variant.unitValue(),
                    quantity);
        }

        /** The quantity in the pricing unit (kg, L or items). */
        public BigDecimal amount() {
            return unitKind.inPricingUnits(unitValue, quantity);
        }
    }
}
