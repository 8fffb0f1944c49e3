package org.grassroots.flavor;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ProductDetails;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.flavor.FlavorData.Learned;
import org.grassroots.flavor.domain.FlavorGenerator;
import org.grassroots.flavor.domain.PairingModel;
import org.grassroots.flavor.persistence.ProductIngredientStore;
import org.grassroots.market.Cycle;
import org.grassroots.market.MarketApi;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.platform.ReadCache;
import org.grassroots.safety.Assessment;
import org.grassroots.safety.SafetyApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Flavor Generator's facade: combinations around seed ingredients or products, safe for the
 * household and supplied by the hub's open cycle where it can; "pairs well with" for a product; and
 * the flavor ingredient each catalog product is.
 */
@Service
public class FlavorApi {

    /** Combinations per request. */
    static final int COMBINATIONS = 6;

    static final int PAIRINGS = 4;

    /** What a cycle sells now, per flavor ingredient its packs cheapest first; for a few seconds. */
    private final ReadCache<Cycle, Map<Integer, List<Variant>>> localCache = ReadCache.of(
            Caffeine.newBuilder()
                    .refreshAfterWrite(Duration.ofSeconds(3))
                    .expireAfterAccess(Duration.ofMinutes(10))
                    .maximumSize(1_000),
            this::local);

    private final FlavorData data;
    private final ProductIngredientStore chosen;
    private final MarketApi market;
    private final CatalogApi catalog;
    private final NetworkApi network;
    private final SafetyApi safety;
    private final Clock clock;

    FlavorApi(
            FlavorData data,
            ProductIngredientStore chosen,
            MarketApi market,
            CatalogApi catalog,
            NetworkApi network,
            SafetyApi safety,
            Clock clock) {
        this.data = data;
        this.chosen = chosen;
        this.market = market;
        this.catalog = catalog;
        this.network = network;
        this.safety = safety;
        this.clock = clock;
    }

    /** Cuisines with enough recipes to be a style, most recipes first. */
    public List<String> cuisines() {
        return data.get().cuisines();
    }

    /** Every ingredient a combination can hold, by display name ("soy sauce"). */
    public List<String> ingredientNames() {
        Learned l = data.get();
        return Arrays.stream(l.model().vocabulary())
                .mapToObj(i -> display(l.table().name(i)))
                .sorted()
                .toList();
    }

    public Optional<Cycle> openCycle(EnterpriseId hub) {
        return market.openCycle(hub);
    }

    /**
     * Ranked, diverse combinations around the seeds for the shopper's household. Ingredients that
     * are not safe for the household are never proposed and are listed with the reason.
     *
     * @throws FlavorProblem naming the field: an unknown or unsafe seed, no seed, a bad size or novelty
     */
    @Transactional(readOnly = true)
    public FlavorIdeas generate(UserId shopper, EnterpriseId hub, FlavorRequest request) {
        Learned l = data.get();
        Cycle cycle =
                market.openCycle(hub).orElseThrow(() -> new FlavorProblem("hub", "This shop has no cycle open now."));
        if (request.size() < 3 || request.size() > 6) {
            throw new FlavorProblem("size", "Choose 3 to 6 ingredients.");
        }
        if (!(request.novelty() >= 0 && request.novelty() <= 1)) {
            throw new FlavorProblem("novelty", "Choose a novelty from 0 (familiar) to 1 (surprising).");
        }
        if (request.cuisine() != null && !l.cuisines().contains(request.cuisine())) {
            throw new FlavorProblem("cuisine", "Choose one of the listed cuisines.");
        }
        List<Integer> seeds = seeds(l, request);
        if (seeds.isEmpty()) {
            throw new FlavorProblem("seed", "Give at least one ingredient or product to start from.");
        }
        if (seeds.size() >= request.size()) {
            throw new FlavorProblem("seed", "Give fewer seeds than ingredients per combination.");
        }
        Map<Integer, Assessment> assessed = assess(l, shopper);
        for (int seed : seeds) {
            Assessment a = assessed.get(seed);
            if (a != null && !a.safe()) {
                throw new FlavorProblem(
                        "seed",
                        display(l.table().name(seed)) + " is not safe for your household: " + a.summary() + ".");
            }
        }
        Map<Integer, List<Variant>> local = localCache.get(cycle);
        Set<ProductId> unsafe = safety.unsafeProducts(shopper);
        List<FlavorGenerator.Combination> found = l.generator()
                .generate(new FlavorGenerator.Request(
                        seeds.stream().mapToInt(Integer::intValue).toArray(),
                        request.size(),
                        request.cuisine(),
                        request.novelty(),
                        i -> assessed.get(i).safe()
                                && (!request.localOnly()
                                        || safePack(local, i, unsafe).isPresent()),
                        COMBINATIONS));
        Map<EnterpriseId, Enterprise> producers = network.findAll(cycle.producers());
        List<FlavorCombination> combinations = found.stream()
                .map(c -> explain(l, c, seeds, local, unsafe, producers))
                .toList();
        return new FlavorIdeas(
                cycle,
                seeds.stream().map(i -> display(l.table().name(i))).toList(),
                combinations,
                exclusions(l, assessed));
    }

    /** Local products that pair well with the product, best first; none if it has no flavor ingredient. */
    @Transactional(readOnly = true)
    public List<Pairing> pairsWellWith(UserId viewer, EnterpriseId hub, ProductId product) {
        Learned l = data.get();
        Optional<Cycle> cycle = market.openCycle(hub);
        Optional<ProductDetails> details = catalog.product(product);
        if (cycle.isEmpty() || details.isEmpty()) {
            return List.of();
        }
        OptionalInt ingredient = ingredientOf(l, product, details.get().name());
        if (ingredient.isEmpty()) {
            return List.of();
        }
        int self = ingredient.getAsInt();
        Map<Integer, List<Variant>> local = localCache.get(cycle.get());
        Set<ProductId> unsafe = viewer == null ? Set.of() : safety.unsafeProducts(viewer);
        PairingModel model = l.model();
        int[] combination = {self};
        double[] scores = model.scores(PairingModel.Method.GRASSROOTS, combination, null);
        int[] vocabulary = model.vocabulary();
        Integer[] order = new Integer[vocabulary.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -scores[c]).thenComparingInt(c -> c));
        Map<EnterpriseId, Enterprise> producers = network.findAll(cycle.get().producers());
        List<Pairing> pairings = new ArrayList<>();
        for (int c : order) {
            int partner = vocabulary[c];
            Optional<Variant> pack = safePack(local, partner, unsafe);
            if (partner != self && pack.isPresent() && !pack.get().productId().equals(product)) {
                pairings.add(new Pairing(
                        display(l.table().name(partner)),
                        pack.get(),
                        producers.get(pack.get().producer()),
                        model.affinity().shared(self, partner),
                        model.cooccurrence().together(self, partner)));
                if (pairings.size() == PAIRINGS) {
                    break;
                }
            }
        }
        return pairings;
    }

    /** The flavor ingredient the product is: the producer's choice, else the best match of its name. */
    @Transactional(readOnly = true)
    public Optional<String> ingredientOf(ProductId product) {
        Learned l = data.get();
        return catalog.product(product).flatMap(d -> {
            OptionalInt i = ingredientOf(l, product, d.name());
            return i.isPresent() ? Optional.of(display(l.table().name(i.getAsInt()))) : Optional.empty();
        });
    }

    /**
     * The producer's view of one of their products: the ingredient it is now, whether they chose it,
     * and the suggestions from its name. Empty if the product is not theirs.
     */
    @Transactional(readOnly = true)
    public Optional<IngredientChoice> ingredientChoice(EnterpriseId producer, ProductId product) {
        Learned l = data.get();
        return catalog.productOf(producer, product).map(d -> {
            Optional<String> set = chosen.find(product);
            List<String> suggestions = l.matcher().suggest(d.name(), 5).stream()
                    .map(i -> display(l.table().name(i)))
                    .toList();
            String current = set.map(FlavorApi::display).orElse(suggestions.isEmpty() ? null : suggestions.get(0));
            return new IngredientChoice(d.name(), current, set.isPresent(), suggestions);
        });
    }

    /**
     * Sets the flavor ingredient of the producer's own product; blank goes back to matching its
     * name. Returns false if the product is not theirs.
     *
     * @throws FlavorProblem for a name the flavor table does not know
     */
    @Transactional
    public boolean chooseIngredient(EnterpriseId producer, UserId by, ProductId product, String name) {
        if (catalog.productOf(producer, product).isEmpty()) {
            return false;
        }
        if (name == null || name.isBlank()) {
            chosen.clear(product);
        } else {
            Learned l = data.get();
            OptionalInt i = l.matcher().find(name);
            if (i.isEmpty()) {
                throw new FlavorProblem(
                        "ingredient", "'" + name.strip() + "' is not in the flavor table; pick a listed one.");
            }
            chosen.set(product, l.table().name(i.getAsInt()), by);
        }
        ReadCache.clearNowAndAfterCommit(localCache);
        return true;
    }

    /**
     * A product's flavor ingredient as its producer sees it.
     *
     * @param ingredient the ingredient it is now; null when nothing matches and none was chosen
     * @param chosenByProducer whether the producer chose it (else it is matched from the name)
     * @param suggestions matches of the product's name, best first
     */
    public record IngredientChoice(
            String product, String ingredient, boolean chosenByProducer, List<String> suggestions) {}

    /** A product in the shopper's cart, and the flavor ingredient it is (null if none). */
    public record CartSeed(ProductId product, String name, String ingredient) {}

    /** The products in the shopper's cart of the cycle, to start the generator from. */
    @Transactional(readOnly = true)
    public List<CartSeed> cartSeeds(UserId shopper, Cycle cycle) {
        Learned l = data.get();
        Map<ProductId, CartSeed> seeds = new LinkedHashMap<>();
        for (Variant v : market.cart(shopper, cycle.id())) {
            seeds.computeIfAbsent(v.productId(), p -> {
                OptionalInt i = ingredientOf(l, p, v.productName());
                return new CartSeed(
                        p, v.productName(), i.isPresent() ? display(l.table().name(i.getAsInt())) : null);
            });
        }
        return List.copyOf(seeds.values());
    }

    private List<Integer> seeds(Learned l, FlavorRequest request) {
        List<Integer> seeds = new ArrayList<>();
        for (String name : request.seedNames()) {
            if (name == null || name.isBlank()) {
                continue;
            }
            OptionalInt i = l.matcher().find(name);
            if (i.isEmpty() || !l.model().cooccurrence().knows(i.getAsInt())) {
                throw new FlavorProblem(
                        "seed", "'" + name.strip() + "' is not an ingredient we know; pick a listed one.");
            }
            add(seeds, i.getAsInt());
        }
        for (ProductId product : request.seedProducts()) {
            ProductDetails d = catalog.product(product)
                    .orElseThrow(() -> new FlavorProblem("product", "That product does not exist."));
            OptionalInt i = ingredientOf(l, product, d.name());
            if (i.isEmpty() || !l.model().cooccurrence().knows(i.getAsInt())) {
                throw new FlavorProblem("product", d.name() + " has no flavor ingredient yet.");
            }
            add(seeds, i.getAsInt());
        }
        return seeds;
    }

    private static void add(List<Integer> seeds, int ingredient) {
        if (!seeds.contains(ingredient)) {
            seeds.add(ingredient);
        }
    }

    private OptionalInt ingredientOf(Learned l, ProductId product, String productName) {
        Optional<String> set = chosen.find(product);
        if (set.isPresent()) {
            return l.table().find(set.get());
        }
        List<Integer> matched = l.matcher().suggest(productName, 1);
        return matched.isEmpty() ? OptionalInt.empty() : OptionalInt.of(matched.get(0));
    }

    /** Every vocabulary ingredient's assessment for the household, read from its name. */
    private Map<Integer, Assessment> assess(Learned l, UserId shopper) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i : l.model().vocabulary()) {
            byName.put(display(l.table().name(i)), i);
        }
        Map<Integer, Assessment> assessed = new HashMap<>();
        safety.assessFoods(shopper, byName.keySet()).forEach((name, a) -> assessed.put(byName.get(name), a));
        return assessed;
    }

    private List<FlavorIdeas.Exclusion> exclusions(Learned l, Map<Integer, Assessment> assessed) {
        Map<String, List<Integer>> byReason = new TreeMap<>();
        assessed.forEach((i, a) -> {
            if (!a.safe()) {
                a.concerns()
                        .forEach(c -> byReason.computeIfAbsent(c.message(), k -> new ArrayList<>())
                                .add(i));
            }
        });
        List<FlavorIdeas.Exclusion> exclusions = new ArrayList<>();
        byReason.forEach((reason, ingredients) -> exclusions.add(new FlavorIdeas.Exclusion(
                reason,
                ingredients.size(),
                ingredients.stream()
                        .sorted(Comparator.comparingInt(
                                        (Integer i) -> -l.model().cooccurrence().count(i))
                                .thenComparingInt(i -> i))
                        .limit(6)
                        .map(i -> display(l.table().name(i)))
                        .toList())));
        return exclusions;
    }

    private FlavorCombination explain(
            Learned l,
            FlavorGenerator.Combination c,
            List<Integer> seeds,
            Map<Integer, List<Variant>> local,
            Set<ProductId> unsafe,
            Map<EnterpriseId, Enterprise> producers) {
        int[] in = c.ingredients();
        List<FlavorCombination.Ingredient> ingredients = new ArrayList<>();
        for (int i : in) {
            Optional<Variant> pack = safePack(local, i, unsafe);
            ingredients.add(new FlavorCombination.Ingredient(
                    display(l.table().name(i)),
                    seeds.contains(i),
                    pack.orElse(null),
                    pack.map(p -> producers.get(p.producer())).orElse(null)));
        }
        // compounds held by at least two of the ingredients, the most widely held first
        Map<Integer, Integer> holders = new LinkedHashMap<>();
        for (int i : in) {
            for (int compound : l.table().compounds(i)) {
                holders.merge(compound, 1, Integer::sum);
            }
        }
        List<Integer> shared = holders.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        FlavorCombination.Pair strongest = null;
        for (int a = 0; a < in.length; a++) {
            for (int b = a + 1; b < in.length; b++) {
                int together = l.model().cooccurrence().together(in[a], in[b]);
                if (strongest == null || together > strongest.recipes()) {
                    strongest = new FlavorCombination.Pair(
                            display(l.table().name(in[a])), display(l.table().name(in[b])), together);
                }
            }
        }
        return new FlavorCombination(
                ingredients,
                c.score(),
                c.affinity(),
                c.evidence(),
                c.novelty(),
                shared.size(),
                shared.stream()
                        .limit(3)
                        .map(x -> display(l.table().compoundName(x)))
                        .toList(),
                l.model().cooccurrence().recipesWithAll(in),
                strongest);
    }

    private static Optional<Variant> safePack(
            Map<Integer, List<Variant>> local, int ingredient, Set<ProductId> unsafe) {
        return local.getOrDefault(ingredient, List.of()).stream()
                .filter(v -> !unsafe.contains(v.productId()))
                .findFirst();
    }

    /** A cycle's packs in stock and in season, by the flavor ingredient their product is, cheapest first. */
    private Map<Integer, List<Variant>> local(Cycle cycle) {
        Learned l = data.get();
        Map<ProductId, String> set = chosen.all();
        Month month = LocalDate.now(clock).getMonth();
        Map<Integer, List<Variant>> byIngredient = new HashMap<>();
        Map<ProductId, OptionalInt> matched = new HashMap<>();
        for (Variant v : catalog.variantsOf(cycle.producers())) {
            if (v.stock().soldOut() || !v.season().includes(month)) {
                continue;
            }
            OptionalInt i = matched.computeIfAbsent(
                    v.productId(),
                    p -> set.containsKey(p)
                            ? l.table().find(set.get(p))
                            : first(l.matcher().suggest(v.productName(), 1)));
            if (i.isPresent()) {
                byIngredient
                        .computeIfAbsent(i.getAsInt(), k -> new ArrayList<>())
                        .add(v);
            }
        }
        byIngredient
                .values()
                .forEach(vs -> vs.sort(Comparator.comparingLong(v -> v.price().minorUnits())));
        return byIngredient;
    }

    private static OptionalInt first(List<Integer> found) {
        return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
    }

    /** An ingredient's name as people write it: "soy_sauce" is "soy sauce". */
    static String display(String name) {
        return name.replace('_', ' ');
    }
}
