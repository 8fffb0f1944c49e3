package org.grassroots.catalog;

import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;

/**
 * What food safety needs to know of a product: what it is called, what it is made of and its
 * nutrition (null if unknown).
 */
public record FoodFacts(
        ProductId id,
        EnterpriseId producer,
        String name,
        String category,
        String ingredients,
        NutritionFacts nutrition) {}
