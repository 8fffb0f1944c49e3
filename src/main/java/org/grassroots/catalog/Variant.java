package org.grassroots.catalog;

import java.math.BigDecimal;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;

/** A sellable variant as other modules see it. */
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
        Stock stock) {}
