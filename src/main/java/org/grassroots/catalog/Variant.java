package org.grassroots.catalog;

import java.math.BigDecimal;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;

/**
 * A sellable variant as other modules see it.
 *
 * @param price what a shopper pays now: the regular price less any markdown
 * @param markdown the markdown in force today, or null
 */
public record Variant(
        VariantId id,
        ProductId productId,
        EnterpriseId producer,
        String productName,
        String category,
        String sku,
        String displayName,
        UnitKind unitKind,
        BigDecimal unitValue,
        Money price,
        Money unitPrice,
        Season season,
        Stock stock,
        Markdown markdown) {

    public boolean markedDown() {
        return markdown != null;
    }

    /** The price without the markdown: what the producer sets. */
    public Money regularPrice() {
        return markdown == null ? price : markdown.regularPrice();
    }
}
