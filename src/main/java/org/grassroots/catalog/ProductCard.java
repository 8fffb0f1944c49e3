package org.grassroots.catalog;

import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;

/**
 * A product as shown on a shelf, priced by its cheapest variant.
 *
 * @param unitPrice price per {@code pricingUnit} (kg, L or item)
 */
public record ProductCard(
        ProductId id,
        String name,
        EnterpriseId producer,
        String category,
        String categoryName,
        String packSize,
        Money price,
        Money unitPrice,
        String pricingUnit,
        boolean allYear) {}
