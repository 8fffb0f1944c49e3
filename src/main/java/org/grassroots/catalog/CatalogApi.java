package org.grassroots.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.Reader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.catalog.domain.CatalogCsv;
import org.grassroots.catalog.persistence.ImportWriter;
import org.grassroots.catalog.persistence.MarkdownStore;
import org.grassroots.catalog.persistence.ProductStore;
import org.grassroots.catalog.persistence.ShelfSearch;
import org.grassroots.catalog.persistence.StockStore;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;
import org.grassroots.platform.ReadCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog module's facade: products and variants, shelves and search, stock, and producers'
 * own catalog management.
 */
@Service
public class CatalogApi {

    /** More rows than any producer's catalog; keeps one import's memory and time bounded. */
    static final int MAX_IMPORT_ROWS = 50_000;

    /** Featured products are chosen from this many, one per producer, then cut to what a page asks. */
    private static final int FEATURED_POOL = 64;

    /**
     * Shelves are read far more often than products change. A page is kept and reloaded in the
     * background every few seconds while shoppers read it, so many shoppers browsing the same pages
     * cost one query and none waits for it; this node's own catalog writes clear it at once, other
     * nodes' show within {@link #SHELF_REFRESH} on a page being read and {@link #SHELF_EXPIRY} on
     * one that is not. Stock on a shelf card may lag by as much; checkout reserves against the
     * database and is never stale.
     */
    private static final Duration SHELF_REFRESH = Duration.ofSeconds(3);

    private static final Duration SHELF_EXPIRY = Duration.ofSeconds(10);

    private final ReadCache<ShelfQuery, List<ProductCard>> shelfCache;

    /** Shelves' totals, by {@link ShelfQuery#allPages()}: one count for all pages of a shelf. */
    private final ReadCache<ShelfQuery, Long> shelfTotalCache;

    /** Marked-down variants by producer set, for the Rescue shelf on every shop page; kept like shelves. */
    private final ReadCache<Set<EnterpriseId>, List<Variant>> markedDownCache;

    private final ReadCache<LocalDate, List<ProductCard>> featuredCache;

    private final Cache<Boolean, List<Category>> categoryCache =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).build();

    private final ProductStore products;
    private final ShelfSearch shelves;
    private final StockStore stock;
    private final ImportWriter importWriter;
    private final MarkdownStore markdowns;
    private final ApplicationEventPublisher events;

    CatalogApi(
            ProductStore products,
            ShelfSearch shelves,
            StockStore stock,
            ImportWriter importWriter,
            MarkdownStore markdowns,
            ApplicationEventPublisher events) {
        this.products = products;
        this.shelves = shelves;
        this.stock = stock;
        this.importWriter = importWriter;
        this.markdowns = markdowns;
        this.events = events;
        this.shelfCache = ReadCache.refreshing(SHELF_REFRESH, SHELF_EXPIRY, 20_000, shelves::page);
        this.shelfTotalCache = ReadCache.refreshing(SHELF_REFRESH, SHELF_EXPIRY, 5_000, shelves::count);
        this.markedDownCache = ReadCache.refreshing(SHELF_REFRESH, SHELF_EXPIRY, 1_000, markdowns::markedDown);
        this.featuredCache = ReadCache.of(
                Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10),
                day -> shelves.featured(day, FEATURED_POOL));
    }

    /** Adds a product with its variants, and its nutrition facts when a USDA food is named. */
    @Transactional
    public List<Variant> addProduct(NewProduct product) {
        shelvesChanged();
        List<Variant> variants = products.insert(product);
        events.publishEvent(new ProductFactsChanged(List.of(variants.get(0).productId())));
        return variants;
    }

    /** What food safety needs of each product: name, category, ingredients, nutrition. */
    @Transactional(readOnly = true)
    public List<FoodFacts> foodFacts(List<ProductId> ids) {
        return ids.isEmpty() ? List.of() : products.foodFacts(ids);
    }

    /** Every product's id, for work that runs over the whole catalog. */
    @Transactional(readOnly = true)
    public List<ProductId> productIds() {
        return products.productIds();
    }

    /**
     * Products to feature on the home page on {@code day}: in season, one per producer, rotating
     * each week so the front of the market changes.
     */
    public List<ProductCard> featured(LocalDate day, int limit) {
        List<ProductCard> cards = featuredCache.get(day);
        return cards.subList(0, Math.min(limit, cards.size()));
    }

    /**
     * One page of a shelf: search, filter, sort. Served from memory (see {@link #SHELF_REFRESH}) and,
     * like the other cached reads here, outside a transaction: a hit needs no database connection.
     */
    public ShelfPage search(ShelfQuery query) {
        return new ShelfPage(shelfCache.get(query), shelfTotalCache.get(query.allPages()), query.page(), query.size());
    }

    @Transactional(readOnly = true)
    public Optional<ProductDetails> product(ProductId id) {
        return products.details(id);
    }

    @Transactional(readOnly = true)
    public List<Variant> variants(List<VariantId> ids) {
        return products.variants(ids);
    }

    @Transactional(readOnly = true)
    public List<Variant> variantsOf(EnterpriseId producer) {
        return products.variantsOfProducers(List.of(producer));
    }

    /** Every variant of the producers, by product name, cheapest pack first. */
    @Transactional(readOnly = true)
    public List<Variant> variantsOf(Collection<EnterpriseId> producers) {
        return producers.isEmpty() ? List.of() : products.variantsOfProducers(producers);
    }

    public List<Category> categories() {
        return categoryCache.get(Boolean.TRUE, k -> products.categories());
    }

    /**
     * Takes {@code quantity} from stock with one conditional update, inside the caller's
     * transaction: concurrent callers can never take more than is on hand.
     */
    @Transactional
    public Reservation reserve(VariantId variant, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        return stock.reserve(variant, quantity);
    }

    /** Puts stock back, for example when an order is cancelled. On-demand variants are unaffected. */
    @Transactional
    public void release(VariantId variant, int quantity) {
        stock.release(variant, quantity);
    }

    /**
     * Sets price and stock of one of the producer's own variants.
     *
     * @throws VariantNotFoundException if the variant does not exist or belongs to another producer
     */
    @Transactional
    public void updateVariant(EnterpriseId producer, VariantId variant, long priceMinor, Stock newStock) {
        if (priceMinor < 0) {
            throw new IllegalArgumentException("price cannot be negative");
        }
        if (!products.updateVariant(producer, variant, priceMinor, newStock.onHand(), newStock.onDemand())) {
            throw VariantNotFoundException.forProducer(variant);
        }
        shelvesChanged();
    }

    /**
     * Marks one of the producer's own variants down by {@code percent} (1–90) until {@code endsOn},
     * inclusive, replacing any markdown it has. Shoppers pay the reduced price, and see the reason.
     *
     * @throws VariantNotFoundException if the variant does not exist or belongs to another producer
     */
    @Transactional
    public void markDown(EnterpriseId producer, VariantId variant, int percent, String reason, LocalDate endsOn) {
        if (percent < 1 || percent > 90) {
            throw new IllegalArgumentException("a markdown is between 1 and 90 percent");
        }
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw new IllegalArgumentException("a markdown needs a reason of at most 300 characters");
        }
        if (!markdowns.save(producer, variant, percent, reason.strip(), endsOn)) {
            throw VariantNotFoundException.forProducer(variant);
        }
        shelvesChanged();
    }

    /** The producers' variants that are marked down today, biggest discount first. */
    public List<Variant> markedDown(Collection<EnterpriseId> producers) {
        return producers.isEmpty() ? List.of() : markedDownCache.get(Set.copyOf(producers));
    }

    /**
     * Changes the describing fields of one of the producer's own products.
     *
     * @throws VariantNotFoundException if the product does not exist or is another producer's
     */
    @Transactional
    public void updateProduct(EnterpriseId producer, ProductId product, ProductEdit edit) {
        if (!products.updateProduct(producer, product, edit)) {
            throw VariantNotFoundException.forProduct(product);
        }
        shelvesChanged();
        events.publishEvent(new ProductFactsChanged(List.of(product)));
    }

    /**
     * Sets the nutrition panel of one of the producer's own products; null removes it. The safety
     * profile (low-sodium) and the Nutri-Score follow.
     *
     * @throws VariantNotFoundException if the product does not exist or is another producer's
     */
    @Transactional
    public void updateNutrition(EnterpriseId producer, ProductId product, NutritionFacts facts) {
        if (productOf(producer, product).isEmpty()) {
            throw VariantNotFoundException.forProduct(product);
        }
        if (facts == null) {
            products.deleteNutrition(product.value());
        } else {
            products.saveNutrition(product.value(), facts);
        }
        events.publishEvent(new ProductFactsChanged(List.of(product)));
    }

    /** The producer's own product with its variants; empty if it is not theirs. */
    @Transactional(readOnly = true)
    public Optional<ProductDetails> productOf(EnterpriseId producer, ProductId product) {
        return products.details(product).filter(p -> p.producer().equals(producer));
    }

    /**
     * Creates or updates a producer's products from CSV, by SKU. Every row is validated first; if
     * any has a problem, nothing is written and the report lists every problem.
     */
    @Transactional
    public ImportReport importCsv(EnterpriseId producer, Reader csv, String currency) {
        Set<String> categorySlugs =
                products.categories().stream().map(Category::slug).collect(Collectors.toSet());
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        CatalogCsv.Result result = CatalogCsv.read(csv, categorySlugs, digits, MAX_IMPORT_ROWS);
        if (!result.problems().isEmpty()) {
            return ImportReport.refused(result.dataRows(), result.problems());
        }
        ImportWriter.Written written = importWriter.write(producer, result.rows(), currency);
        shelvesChanged();
        events.publishEvent(new ProductFactsChanged(products.productIds(producer)));
        return new ImportReport(result.dataRows(), written.created(), written.updated(), List.of());
    }

    private void shelvesChanged() {
        ReadCache.clearNowAndAfterCommit(shelfCache, shelfTotalCache, markedDownCache, featuredCache);
    }

    @Transactional(readOnly = true)
    public long countProducts() {
        return products.countProducts();
    }
}
