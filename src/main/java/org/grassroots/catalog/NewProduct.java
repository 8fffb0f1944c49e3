package org.grassroots.catalog;

import java.util.List;
import org.grassroots.common.EnterpriseId;

/**
 * A product to add to a producer's catalog.
 *
 * @param ingredients what it is made of, as printed on a label; blank for a single-ingredient food
 * @param storage how to store it, e.g. "Keep refrigerated"; may be blank
 * @param shelfLifeDays days it keeps after delivery; null if not stated
 * @param usdaNdb the USDA SR28 food whose nutrition per 100 g applies, or null if unknown
 */
public record NewProduct(
        EnterpriseId producer,
        String name,
        String category,
        String description,
        String ingredients,
        String storage,
        Integer shelfLifeDays,
        Season season,
        String usdaNdb,
        List<NewVariant> variants) {

    public NewProduct {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("A product needs at least one variant");
        }
        variants = List.copyOf(variants);
        ingredients = ingredients == null ? "" : ingredients.strip();
    }
}
