package org.grassroots.market;

import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.VariantId;

/** A line of an order, with the product name and price as they were when it was placed. */
public record OrderLine(
        int lineNo, VariantId variant, EnterpriseId producer, String productName, int quantity, Money unitPrice) {

    public Money amount() {
        return unitPrice.times(quantity);
    }
}
