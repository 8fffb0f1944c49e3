package org.grassroots.flavor;

import java.util.List;
import org.grassroots.common.ProductId;

/**
 * What a shopper asks the Flavor Generator.
 *
 * @param seedNames seed ingredients by name, as typed ("tomato", "soy sauce")
 * @param seedProducts seed products, each standing for its flavor ingredient
 * @param size ingredients per combination, 3 to 6
 * @param cuisine a cuisine whose recipes count as evidence, or null for all
 * @param novelty 0 familiar to 1 surprising
 * @param localOnly whether to add only ingredients a local product in the open cycle supplies
 */
public record FlavorRequest(
        List<String> seedNames,
        List<ProductId> seedProducts,
        int size,
        String cuisine,
        double novelty,
        boolean localOnly) {

    public FlavorRequest {
        seedNames = List.copyOf(seedNames);
        seedProducts = List.copyOf(seedProducts);
    }
}
