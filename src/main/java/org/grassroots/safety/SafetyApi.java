package org.grassroots.safety;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.platform.ReadCache;
import org.grassroots.safety.domain.Correction;
import org.grassroots.safety.domain.Household;
import org.grassroots.safety.domain.ProductProfile;
import org.grassroots.safety.domain.SafetyPolicy;
import org.grassroots.safety.persistence.DeclarationStore;
import org.grassroots.safety.persistence.HouseholdStore;
import org.grassroots.safety.persistence.ProfileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety module's facade: is a product safe for a shopper's household, and why not; what a
 * product page shows about allergens, diets and the Nutri-Score; what producers declare.
 */
@Service
public class SafetyApi {

    /**
     * Which products are unsafe for a household, per household, for a few seconds: the shop's
     * filter asks on every page. The basket guard never uses it; it reads the profiles afresh.
     */
    private final ReadCache<Household, Set<ProductId>> unsafeCache = ReadCache.of(
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(10_000), this::unsafeFor);

    private final HouseholdStore households;
    private final ProfileStore profiles;
    private final DeclarationStore declarationStore;
    private final CatalogApi catalog;
    private final ProductProfileUpdater updater;

    SafetyApi(
            HouseholdStore households,
            ProfileStore profiles,
            DeclarationStore declarationStore,
            CatalogApi catalog,
            ProductProfileUpdater updater) {
        this.households = households;
        this.profiles = profiles;
        this.declarationStore = declarationStore;
        this.catalog = catalog;
        this.updater = updater;
    }

    /** The policy's answer for each product, read afresh: what the basket and checkout guards use. */
    @Transactional(readOnly = true)
    public Map<ProductId, Assessment> assess(UserId shopper, List<ProductId> products) {
        Household household = households.household(shopper);
        Map<ProductId, Assessment> answers = new HashMap<>();
        if (!household.hasNeeds()) {
            products.forEach(p -> answers.put(p, Assessment.SAFE));
            return answers;
        }
        Map<ProductId, ProductProfile> found = profilesOf(products);
        for (ProductId p : products) {
            ProductProfile profile = found.get(p);
            answers.put(p, profile == null ? Assessment.SAFE : SafetyPolicy.assess(household, profile));
        }
        return answers;
    }

    /**
     * The policy's answer for foods known only by name (ingredients such as "cream" or "soy sauce"),
     * read the way a product without an ingredients list is read: from its name.
     */
    @Transactional(readOnly = true)
    public Map<String, Assessment> assessFoods(UserId shopper, Collection<String> names) {
        Household household = households.household(shopper);
        Map<String, Assessment> answers = new HashMap<>();
        for (String name : names) {
            answers.put(
                    name,
                    household.hasNeeds() ? SafetyPolicy.assess(household, updater.ofFood(name)) : Assessment.SAFE);
        }
        return answers;
    }

    /** Every product that is not safe for the shopper's household: the shop's "safe for my household" filter. */
    @Transactional(readOnly = true)
    public Set<ProductId> unsafeProducts(UserId shopper) {
        Household household = households.household(shopper);
        if (!household.hasNeeds()) {
            return Set.of();
        }
        return unsafeCache.get(household);
    }

    private Set<ProductId> unsafeFor(Household household) {
        Set<ProductId> unsafe = new HashSet<>();
        profiles.all().forEach((id, profile) -> {
            if (!SafetyPolicy.assess(household, profile).safe()) {
                unsafe.add(id);
            }
        });
        return Set.copyOf(unsafe);
    }

    /** Allergens, diets, claims and Nutri-Score of a product, and its assessment for the viewer (if signed in). */
    @Transactional(readOnly = true)
    public Optional<ProductSafety> productSafety(ProductId product, UserId viewer) {
        ProductProfile profile = profilesOf(List.of(product)).get(product);
        if (profile == null) {
            return Optional.empty();
        }
        Household household = viewer == null ? Household.EMPTY : households.household(viewer);
        NutriScore score = catalog.foodFacts(List.of(product)).stream()
                .findFirst()
                .flatMap(NutriScores::of)
                .orElse(null);
        return Optional.of(new ProductSafety(
                profile.contains(),
                profile.traces(),
                profile.diets(),
                profile.claims(),
                profile.fromName(),
                score,
                SafetyPolicy.assess(household, profile)));
    }

    /** What the producer has declared about their own product; empty if it is not theirs. */
    @Transactional(readOnly = true)
    public Optional<Declarations> declarations(EnterpriseId producer, ProductId product) {
        return owns(producer, product) ? Optional.of(declarationStore.declarations(product)) : Optional.empty();
    }

    /**
     * Replaces the "may contain" traces and the claims of the producer's own product; its profile
     * follows in the same transaction. Returns false if the product is not theirs.
     */
    @Transactional
    public boolean declare(EnterpriseId producer, ProductId product, Set<Allergen> traces, Set<Claim> claims) {
        if (!owns(producer, product)) {
            return false;
        }
        declarationStore.declare(product, traces, claims);
        updater.refresh(List.of(product));
        ReadCache.clearNowAndAfterCommit(unsafeCache);
        return true;
    }

    /**
     * Records a producer's correction of what was detected in their own product, with its reason,
     * by {@code user}; its profile follows in the same transaction. Returns false if the product is
     * not theirs.
     */
    @Transactional
    public boolean correct(EnterpriseId producer, UserId user, ProductId product, Correction correction) {
        if (!owns(producer, product)) {
            return false;
        }
        declarationStore.addCorrection(product, correction, user);
        updater.refresh(List.of(product));
        ReadCache.clearNowAndAfterCommit(unsafeCache);
        return true;
    }

    private boolean owns(EnterpriseId producer, ProductId product) {
        return catalog.productOf(producer, product).isPresent();
    }

    private Map<ProductId, ProductProfile> profilesOf(List<ProductId> products) {
        Map<ProductId, ProductProfile> found = new HashMap<>(profiles.find(products));
        if (found.size() < products.size()) {
            // a product added by another path before its profile was computed: compute it now
            List<ProductId> missing =
                    products.stream().filter(p -> !found.containsKey(p)).toList();
            found.putAll(updater.compute(missing));
        }
        return found;
    }
}
