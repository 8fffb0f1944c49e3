package org.grassroots.catalog;

import java.math.BigDecimal;
import org.grassroots.common.Money;

/**
 * A sellable pack of a product.
 *
 * @param displayName how the pack is named on the shelf; null names it by its size ("500 g")
 * @param unitValue grams, millilitres or items in one pack, by {@code unitKind}
 * @param onHand stock on hand; ignored when {@code onDemand}
 * @param onDemand made or picked to order, so stock never runs out
 */
public record NewVariant(
        String sku,
        String displayName,
        UnitKind unitKind,
        BigDecimal unitValue,
        Money price,
        int onHand,
        boolean onDemand) {

    public NewVariant {
        if (unitValue.signum() <= 0) {
            throw new IllegalArgumentException("unit value must be positive");
        }
    }
}
