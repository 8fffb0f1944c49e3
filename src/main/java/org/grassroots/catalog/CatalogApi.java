package org.grassroots.catalog;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.catalog.persistence.CatalogStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog module's facade. */
@Service
public class CatalogApi {

    private final CatalogStore store;

    CatalogApi(CatalogStore store) {
        this.store = store;
    }

    /** Adds a product with its variants, and its nutrition facts when a USDA food is named. */
    @Transactional
    public List<Variant> addProduct(NewProduct product) {
        return store.insert(product);
    }

    /**
     * Products to feature on the home page on {@code day}: in season, one per producer, rotating
     * each week so the front of the market changes.
     */
    @Transactional(readOnly = true)
    public List<ProductCard> featured(LocalDate day, int limit) {
        return store.featured(day, limit);
    }

    @Transactional(readOnly = true)
    public long countProducts() {
        return store.countProducts();
    }
}
