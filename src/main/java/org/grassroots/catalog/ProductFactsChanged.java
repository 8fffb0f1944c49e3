package org.grassroots.catalog;

import java.util.List;
import org.grassroots.common.ProductId;

/**
 * Published inside the transaction that adds products or changes what they are called or made
 * of, so that what is derived from them (allergens, diets, Nutri-Score) changes with them.
 */
public record ProductFactsChanged(List<ProductId> products) {

    public ProductFactsChanged {
        products = List.copyOf(products);
    }
}
