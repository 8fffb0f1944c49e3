package org.grassroots.safety;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.FoodFacts;
import org.grassroots.catalog.ProductFactsChanged;
import org.grassroots.common.ProductId;
import org.grassroots.safety.domain.AllergenDetector;
import org.grassroots.safety.domain.IngredientLexicon;
import org.grassroots.safety.domain.ProductProfile;
import org.grassroots.safety.domain.ProductProfiles;
import org.grassroots.safety.persistence.DeclarationStore;
import org.grassroots.safety.persistence.ProfileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every product's safety profile in step with the product: recomputed inside the
 * transaction that changes the product's name or ingredients, or the producer's declarations.
 */
@Component
class ProductProfileUpdater {

    private static final Logger log = LoggerFactory.getLogger(ProductProfileUpdater.class);
    private static final int BATCH = 2_000;

    private final AllergenDetector detector = new AllergenDetector(IngredientLexicon.standard());
    private final CatalogApi catalog;
    private final DeclarationStore declarations;
    private final ProfileStore profiles;

    ProductProfileUpdater(CatalogApi catalog, DeclarationStore declarations, ProfileStore profiles) {
        this.catalog = catalog;
        this.declarations = declarations;
        this.profiles = profiles;
    }

    @EventListener
    void on(ProductFactsChanged changed) {
        refresh(changed.products());
    }

    /** Computes profiles that are missing, e.g. for products that existed before this module. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfill() {
        Set<ProductId> known = profiles.ids();
        List<ProductId> missing =
                catalog.productIds().stream().filter(p -> !known.contains(p)).toList();
        if (!missing.isEmpty()) {
            refresh(missing);
            log.info("Computed the safety profiles of {} products", missing.size());
        }
    }

    /**
     * Profiles of foods known only by name depend on the name alone, so they are kept: the Flavor
     * Generator asks for the same few hundred ingredients on every request.
     */
    private final Cache<String, ProductProfile> foods =
            Caffeine.newBuilder().maximumSize(10_000).build();

    /** The profile of a single food known only by its name, such as "cream" or "soy sauce". */
    ProductProfile ofFood(String name) {
        return foods.get(name, n -> ProductProfiles.build(detector, n, null, null, Set.of(), Set.of(), List.of()));
    }

    void refresh(List<ProductId> products) {
        for (int from = 0; from < products.size(); from += BATCH) {
            profiles.save(compute(products.subList(from, Math.min(products.size(), from + BATCH))));
        }
    }

    Map<ProductId, ProductProfile> compute(List<ProductId> products) {
        Map<ProductId, DeclarationStore.Declared> declared = declarations.declared(products);
        Map<ProductId, ProductProfile> computed = new HashMap<>();
        for (FoodFacts f : catalog.foodFacts(products)) {
            DeclarationStore.Declared d = declared.get(f.id());
            Double salt = f.nutrition() == null || f.nutrition().salt() == null
                    ? null
                    : f.nutrition().salt().doubleValue();
            computed.put(
                    f.id(),
                    ProductProfiles.build(
                            detector, f.name(), f.ingredients(), salt, d.traces(), d.claims(), d.corrections()));
        }
        return computed;
    }
}
