package org.grassroots.catalog;

import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;

/**
 * A product as shown on a shelf, priced by its cheapest variant.
 *
 * @param variantId the cheapest variant, which "add to cart" adds
 * @param unitPrice price per {@code pricingUnit} (kg, L or item)
 * @param variants how many variants (pack sizes) the product has
 * @param markdown the cheapest variant's markdown in force today, or null; {@code price} already has it
 */
public record ProductCard(
        ProductId id,
        String name,
        EnterpriseId producer,
        String category,
        String categoryName,
        VariantId variantId,
        String packSize,
        Money price,
        Money unitPrice,
        String pricingUnit,
        boolean allYear,
        Stock stock,
        int variants,
        Markdown markdown) {}
