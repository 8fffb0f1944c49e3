package org.grassroots.flavor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.flavor.FlavorApi;
import org.grassroots.flavor.FlavorProblem;
import org.grassroots.flavor.FlavorRequest;
import org.grassroots.market.Cycle;
import org.grassroots.market.MarketApi;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Flavor Generator page of a shop, its "add these products" button, and the "Pairs well with"
 * fragment that product pages load.
 */
@Controller
@RequestMapping("/shop/{hubSlug}")
class FlavorController {

    /** The novelty settings offered, familiar to surprising. */
    static final List<Double> NOVELTIES = List.of(0.0, 0.25, 0.5, 0.75, 1.0);

    private final FlavorApi flavor;
    private final CurrentAccount account;
    private final NetworkApi network;
    private final MarketApi market;

    FlavorController(FlavorApi flavor, CurrentAccount account, NetworkApi network, MarketApi market) {
        this.flavor = flavor;
        this.account = account;
        this.network = network;
        this.market = market;
    }

    @GetMapping("/flavor")
    String generator(
            @PathVariable String hubSlug,
            @RequestParam(name = "seed", defaultValue = "") List<String> seeds,
            @RequestParam(name = "product", defaultValue = "") List<Long> products,
            @RequestParam(defaultValue = "4") String size,
            @RequestParam(defaultValue = "") String cuisine,
            @RequestParam(defaultValue = "0.5") String novelty,
            @RequestParam(defaultValue = "false") boolean anywhere,
            Model model) {
        UserId shopper = account.user();
        Enterprise hub = shop(hubSlug);
        Cycle cycle = flavor.openCycle(hub.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "No cycle is open"));
        model.addAttribute("hub", hub);
        model.addAttribute("cycle", cycle);
        model.addAttribute("seeds", seeds.stream().filter(s -> !s.isBlank()).toList());
        model.addAttribute("products", products);
        model.addAttribute("size", size);
        model.addAttribute("cuisine", cuisine);
        model.addAttribute("novelty", novelty);
        model.addAttribute("novelties", NOVELTIES);
        model.addAttribute("anywhere", anywhere);
        model.addAttribute("cuisines", flavor.cuisines());
        model.addAttribute("ingredients", flavor.ingredientNames());
        List<FlavorApi.CartSeed> cart = flavor.cartSeeds(shopper, cycle);
        model.addAttribute("cartProducts", cart);
        // seed products from elsewhere (a product page's link) stay in the form as hidden fields
        model.addAttribute(
                "otherProducts",
                products.stream()
                        .filter(p -> cart.stream().noneMatch(c -> c.product().value() == p))
                        .toList());
        boolean asked = seeds.stream().anyMatch(s -> !s.isBlank()) || !products.isEmpty();
        if (asked) {
            try {
                model.addAttribute(
                        "ideas",
                        flavor.generate(
                                shopper,
                                hub.id(),
                                new FlavorRequest(
                                        seeds,
                                        products.stream().map(ProductId::new).toList(),
                                        number("size", size),
                                        cuisine.isBlank() ? null : cuisine,
                                        decimal("novelty", novelty),
                                        !anywhere)));
            } catch (FlavorProblem problem) {
                model.addAttribute("errors", Map.of(problem.field(), problem.getMessage()));
            }
        }
        return "flavor/generator";
    }

    /** One combination's local products into the cart, one of each. */
    @PostMapping("/flavor/cart")
    String addToCart(
            @PathVariable String hubSlug,
            @RequestParam(name = "variant", defaultValue = "") List<Long> variants,
            RedirectAttributes redirect) {
        UserId shopper = account.user();
        Cycle cycle = flavor.openCycle(shop(hubSlug).id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "No cycle is open"));
        Map<VariantId, Integer> oneEach = new LinkedHashMap<>();
        variants.forEach(v -> oneEach.put(new VariantId(v), 1));
        List<String> problems = market.addToCart(shopper, cycle.id(), oneEach);
        redirect.addFlashAttribute("basketAdded", oneEach.size() - problems.size());
        redirect.addFlashAttribute("basketSize", oneEach.size());
        redirect.addFlashAttribute("basketProblems", problems);
        return "redirect:/cart";
    }

    /** The product page's "Pairs well with": local partners in the open cycle, each with its reason. */
    @GetMapping("/products/{productId}/pairs")
    String pairs(@PathVariable String hubSlug, @PathVariable long productId, Model model) {
        Enterprise hub = shop(hubSlug);
        model.addAttribute("hub", hub);
        model.addAttribute("productId", productId);
        model.addAttribute(
                "pairings", flavor.pairsWellWith(account.signedIn().orElse(null), hub.id(), new ProductId(productId)));
        return "flavor/pairs :: pairs";
    }

    private Enterprise shop(String slug) {
        return network.findSeller(slug)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no shop called " + slug));
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new FlavorProblem(field, "Choose 3 to 6 ingredients.");
        }
    }

    private static double decimal(String field, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new FlavorProblem(field, "Choose a novelty from the list.");
        }
    }
}
