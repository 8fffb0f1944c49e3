package org.grassroots.shopper;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.market.Cycle;
import org.grassroots.market.MarketApi;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.platform.ReadCache;
import org.grassroots.safety.SafetyApi;
import org.grassroots.shopper.HubModels.HubModel;
import org.grassroots.shopper.domain.BasketFiller;
import org.grassroots.shopper.domain.PersonalShopper;
import org.grassroots.shopper.domain.PersonalShopper.Habit;
import org.grassroots.shopper.domain.Scored;
import org.grassroots.shopper.domain.TifuKnn;
import org.grassroots.shopper.persistence.SettingsStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal shopper's facade: the shop's "Buy again" and "For you" shelves, a whole basket for
 * a budget, and the shopper's control over what it learns.
 *
 * <p>Everything it suggests is in the hub's open cycle, in stock, in season and safe for the
 * household by the safety module's one policy. Scores come from the hub's learned model; a small
 * bonus of at most 10 % for products in season and grown near the hub breaks close scores. There
 * is no other input: no product is promoted for a business reason.
 */
@Service
public class ShopperApi {

    /** Bonus factor for a product in its season. */
    static final double SEASON_BONUS = 0.05;
    /** Bonus factor for a producer at the hub, falling to 0 at {@link #LOCAL_KM}. */
    static final double LOCAL_BONUS = 0.05;

    static final double LOCAL_KM = 50;
    static final int SHELF_SIZE = 6;
    /** How many ranked products a basket is filled from. */
    static final int CANDIDATES = 80;
    /** Lines in a basket for a household without history. */
    static final int NEW_HOUSEHOLD_LINES = 8;

    /**
     * What a cycle sells now, per product the packs in stock and in season, cheapest first. Kept
     * for a few seconds like the shop's shelves, and refreshed in the background so no request
     * waits for it. Adding to the cart checks stock again.
     */
    private final LoadingCache<Cycle, Offers> offerCache = Caffeine.newBuilder()
            .refreshAfterWrite(Duration.ofSeconds(3))
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(1_000)
            .build(this::offers);

    /** Shoppers' settings for a few seconds; a change on this node applies at once. */
    private final ReadCache<UserId, ShopperSettings> settingsCache;

    private final HubModels models;
    private final SettingsStore settingsStore;
    private final MarketApi market;
    private final CatalogApi catalog;
    private final NetworkApi network;
    private final SafetyApi safety;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopperApi(
            HubModels models,
            SettingsStore settingsStore,
            MarketApi market,
            CatalogApi catalog,
            NetworkApi network,
            SafetyApi safety,
            ApplicationEventPublisher events,
            Clock clock) {
        this.models = models;
        this.settingsStore = settingsStore;
        this.market = market;
        this.catalog = catalog;
        this.network = network;
        this.safety = safety;
        this.events = events;
        this.clock = clock;
        this.settingsCache = ReadCache.of(
                Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).maximumSize(100_000),
                settingsStore::find);
    }

    /** The hub's cycle that is open now, if any: the one suggestions are for. */
    public Optional<Cycle> openCycle(EnterpriseId hub) {
        return market.openCycle(hub);
    }

    /** The shelves for the hub's open cycle; empty when no cycle is open. */
    public Optional<Shelves> shelves(UserId shopper, EnterpriseId hub) {
        return context(shopper, hub).map(c -> {
            if (!c.personalized()) {
                return new Shelves(c.cycle(), false, List.of(), List.of());
            }
            Set<Integer> bought = c.model().shopper().profile(c.household()).keySet();
            return new Shelves(
                    c.cycle(),
                    true,
                    suggest(c, SHELF_SIZE, i -> bought.contains(i)),
                    suggest(c, SHELF_SIZE, i -> !bought.contains(i)));
        });
    }

    /**
     * A whole basket for the budget (items and the hub's fee): the best suggestions first, each at
     * the quantity the household usually takes, as far as stock and budget allow, up to the number
     * of products the household usually buys. Empty when no cycle is open.
     */
    public Optional<BasketProposal> propose(UserId shopper, EnterpriseId hub, Money budget) {
        return context(shopper, hub).map(c -> {
            Map<Integer, Suggestion> byItem = new HashMap<>();
            List<BasketFiller.Candidate> candidates = new ArrayList<>();
            for (PersonalShopper.Suggestion s : c.rank(CANDIDATES, i -> true)) {
                Suggestion suggestion = c.explain(s);
                Variant pack = suggestion.variant();
                byItem.put(s.item(), suggestion);
                candidates.add(new BasketFiller.Candidate(
                        s.item(),
                        pack.id().value(),
                        pack.price().minorUnits(),
                        pack.stock().onDemand()
                                ? BasketFiller.UNLIMITED
                                : pack.stock().onHand(),
                        s.habit().usualQuantity()));
            }
            int usual = c.model().shopper().usualBasketSize(c.household());
            List<BasketProposal.Line> lines = BasketFiller.fill(
                            candidates,
                            budget.minorUnits(),
                            usual > 0 ? usual : NEW_HOUSEHOLD_LINES,
                            c.cycle().fee()::on)
                    .stream()
                    .map(p -> line(byItem.get(p.candidate().item()), p.quantity()))
                    .toList();
            return proposal(c, budget, lines, List.of());
        });
    }

    /**
     * The basket as the shopper edited it: these packs and quantities, explained again, with the
     * totals. Packs no longer for sale (or no longer safe) are dropped and named. Empty when no
     * cycle is open.
     */
    public Optional<BasketProposal> review(
            UserId shopper, EnterpriseId hub, Money budget, Map<VariantId, Integer> quantities) {
        return context(shopper, hub).map(c -> {
            Map<VariantId, Variant> packs = c.offers().byVariant();
            List<String> dropped = new ArrayList<>();
            List<VariantId> missing = quantities.keySet().stream()
                    .filter(v -> !packs.containsKey(v)
                            || c.unsafe().contains(packs.get(v).productId()))
                    .toList();
            catalog.variants(missing).forEach(v -> dropped.add(v.productName()));
            Set<Integer> wanted = quantities.keySet().stream()
                    .filter(v -> !missing.contains(v))
                    .map(v -> c.model().item(packs.get(v).productId()))
                    .collect(Collectors.toSet());
            Map<Integer, PersonalShopper.Suggestion> explained = c.rank(wanted.size(), wanted::contains).stream()
                    .collect(Collectors.toMap(PersonalShopper.Suggestion::item, s -> s));
            List<BasketProposal.Line> lines = new ArrayList<>();
            quantities.forEach((variant, quantity) -> {
                if (!missing.contains(variant)) {
                    Variant pack = packs.get(variant);
                    PersonalShopper.Suggestion s = explained.get(c.model().item(pack.productId()));
                    lines.add(line(new Suggestion(pack, c.offers().producer(pack), c.why(s, pack)), quantity));
                }
            });
            return proposal(c, budget, lines, dropped);
        });
    }

    public ShopperSettings settings(UserId shopper) {
        return settingsCache.get(shopper);
    }

    /** Turns personal suggestions on or off; off also stops learning from the shopper's orders. */
    @Transactional
    public void personalize(UserId shopper, boolean on) {
        settingsStore.personalize(shopper, on);
        ReadCache.clearNowAndAfterCommit(settingsCache);
        events.publishEvent(new SettingsChanged(shopper));
    }

    /** Deletes what was learned about the shopper: orders placed until now are never learned from again. */
    @Transactional
    public void deleteProfile(UserId shopper) {
        settingsStore.forgetBefore(shopper, clock.instant());
        ReadCache.clearNowAndAfterCommit(settingsCache);
        events.publishEvent(new SettingsChanged(shopper));
    }

    /** What the personal shopper uses about the shopper, hub by hub. */
    public ShopperProfile profile(UserId shopper) {
        ShopperSettings settings = settings(shopper);
        List<ShopperProfile.Hub> hubs = new ArrayList<>();
        for (Enterprise hub : network.sellers()) {
            HubModel model = models.of(hub.id());
            int household = household(model, shopper, settings);
            if (household == TifuKnn.NEW_HOUSEHOLD) {
                continue;
            }
            PersonalShopper learned = model.shopper();
            List<PersonalShopper.PastBasket> orders = learned.history(household);
            List<ShopperProfile.Item> items = new ArrayList<>();
            learned.profile(household).forEach((item, weight) -> {
                Habit habit = learned.habit(household, item);
                items.add(new ShopperProfile.Item(
                        model.productNames().get(item), habit.ordersWithItem(), habit.lastBought(), weight));
            });
            hubs.add(new ShopperProfile.Hub(
                    hub,
                    orders.size(),
                    orders.get(0).placedAt(),
                    orders.get(orders.size() - 1).placedAt(),
                    learned.similarHouseholds(household),
                    model.learnedAt(),
                    items));
        }
        return new ShopperProfile(settings, hubs);
    }

    /**
     * The shopper's household in the hub's model; new (popular products only) when personal
     * suggestions are off, or when the profile was deleted after the model was learned.
     */
    private static int household(HubModel model, UserId shopper, ShopperSettings settings) {
        boolean current = settings.personalized()
                && (settings.forgetBefore() == null || settings.forgetBefore().isBefore(model.learnedAt()));
        return current ? model.household(shopper) : TifuKnn.NEW_HOUSEHOLD;
    }

    private Optional<Context> context(UserId shopper, EnterpriseId hub) {
        return market.openCycle(hub).map(cycle -> {
            HubModel model = models.of(hub);
            ShopperSettings settings = settings(shopper);
            return new Context(
                    cycle,
                    model,
                    household(model, shopper, settings),
                    settings.personalized(),
                    offerCache.get(cycle),
                    safety.unsafeProducts(shopper),
                    LocalDate.now(clock).getMonth());
        });
    }

    private Offers offers(Cycle cycle) {
        Map<EnterpriseId, Enterprise> producers = network.findAll(cycle.producers());
        Enterprise hub = network.find(cycle.hub()).orElseThrow();
        Month month = LocalDate.now(clock).getMonth();
        Map<ProductId, List<Variant>> packs = new HashMap<>();
        Map<VariantId, Variant> byVariant = new HashMap<>();
        for (Variant v : catalog.variantsOf(cycle.producers())) {
            if (!v.stock().soldOut() && v.season().includes(month) && producers.containsKey(v.producer())) {
                packs.computeIfAbsent(v.productId(), k -> new ArrayList<>()).add(v);
                byVariant.put(v.id(), v);
            }
        }
        Map<EnterpriseId, Double> km =
                producers.values().stream().collect(Collectors.toMap(Enterprise::id, p -> p.distanceKmTo(hub)));
        return new Offers(packs, byVariant, producers, km);
    }

    private static List<Suggestion> suggest(Context c, int k, IntPredicate among) {
        return c.rank(k, among).stream().map(c::explain).toList();
    }

    private static BasketProposal.Line line(Suggestion suggestion, int quantity) {
        Variant pack = suggestion.variant();
        return new BasketProposal.Line(
                suggestion,
                quantity,
                pack.price().times(quantity),
                pack.stock().onDemand() ? null : pack.stock().onHand());
    }

    private static BasketProposal proposal(
            Context c, Money budget, List<BasketProposal.Line> lines, List<String> dropped) {
        long subtotal = lines.stream().mapToLong(l -> l.amount().minorUnits()).sum();
        long fee = c.cycle().fee().on(subtotal);
        String currency = c.cycle().currency();
        return new BasketProposal(
                c.cycle(),
                budget,
                lines,
                Money.of(subtotal, currency),
                Money.of(fee, currency),
                Money.of(subtotal + fee, currency),
                c.personalized(),
                dropped);
    }

    private record Offers(
            Map<ProductId, List<Variant>> packs,
            Map<VariantId, Variant> byVariant,
            Map<EnterpriseId, Enterprise> producers,
            Map<EnterpriseId, Double> km) {

        Enterprise producer(Variant pack) {
            return producers.get(pack.producer());
        }
    }

    /** One request's view: the open cycle, the hub's model, the shopper's household in it, what is on offer and safe. */
    private record Context(
            Cycle cycle,
            HubModel model,
            int household,
            boolean personalized,
            Offers offers,
            Set<ProductId> unsafe,
            Month month) {

        /** The best {@code k} products on offer and safe, among {@code among}, explained. */
        List<PersonalShopper.Suggestion> rank(int k, IntPredicate among) {
            return model.shopper().suggest(household, k, i -> among.test(i) && eligible(i), this::preference);
        }

        boolean eligible(int item) {
            ProductId product = model.products().get(item);
            return offers.packs().containsKey(product) && !unsafe.contains(product);
        }

        /** In season, and near the hub: the bonus factor that breaks close scores. */
        double preference(int item) {
            Variant pack = offers.packs().get(model.products().get(item)).get(0);
            return (inSeason(pack) ? SEASON_BONUS : 0)
                    + LOCAL_BONUS * Math.max(0, 1 - offers.km().get(pack.producer()) / LOCAL_KM);
        }

        boolean inSeason(Variant pack) {
            return !pack.season().allYear() && pack.season().includes(month);
        }

        Suggestion explain(PersonalShopper.Suggestion s) {
            List<Variant> packs = offers.packs().get(model.products().get(s.item()));
            Variant pack = packs.stream()
                    .filter(v -> v.id().value() == s.habit().usualVariant())
                    .findFirst()
                    .orElse(packs.get(0));
            return new Suggestion(pack, offers.producer(pack), why(s, pack));
        }

        /** The reasons for a pack; a product the model never saw (s is null) has a score of 0. */
        Why why(PersonalShopper.Suggestion s, Variant pack) {
            Scored scored = s == null ? new Scored(-1, 0, 0, 0, 0, 0) : s.scored();
            Habit habit = s == null ? new Habit(0, 0, 0, 0, null, 1, 0) : s.habit();
            return new Why(
                    scored.score(),
                    scored.personal(),
                    habit.recentWithItem(),
                    habit.recentOrders(),
                    habit.ordersWithItem(),
                    habit.lastBought(),
                    habit.usualQuantity(),
                    scored.neighbours(),
                    s == null ? 0 : s.similarBuying(),
                    s == null ? 0 : s.similarHouseholds(),
                    scored.popularity(),
                    s == null ? 0 : model.shopper().popularity(s.item()),
                    scored.preference(),
                    inSeason(pack),
                    offers.km().get(pack.producer()));
        }
    }
}
