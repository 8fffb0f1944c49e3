package org.grassroots.catalog;

import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;

/** Everything a product page shows: the product, its variants and its nutrition per 100 g (null if unknown). */
public record ProductDetails(
        ProductId id,
        EnterpriseId producer,
        String name,
        String category,
        String categoryName,
        String description,
        String ingredients,
        String storage,
        Integer shelfLifeDays,
        Season season,
        List<Variant> variants,
        NutritionFacts nutrition) {}
