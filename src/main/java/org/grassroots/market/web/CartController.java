package org.grassroots.market.web;

import java.net.URI;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.market.CycleId;
import org.grassroots.market.application.Carts;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.network.CurrentAccount;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cart: add from any shelf (htmx updates the badge in place; without JavaScript the form
 * posts and redirects back), change quantities, remove.
 */
@Controller
@RequestMapping("/cart")
class CartController {

    private final Carts carts;
    private final IdentityApi identity;
    private final CurrentAccount actor;

    CartController(Carts carts, IdentityApi identity, CurrentAccount actor) {
        this.carts = carts;
        this.identity = identity;
        this.actor = actor;
    }

    @GetMapping
    String cart(Model model) {
        model.addAttribute("carts", carts.openCarts(actor.user()));
        return "market/cart";
    }

    /** The badge in the navigation bar; reloaded by htmx whenever the cart changes. */
    @GetMapping("/badge")
    String badge(Model model) {
        model.addAttribute(
                "count", identity.currentUserId().map(carts::badgeCount).orElse(0));
        return "market/cart :: badge";
    }

    @PostMapping("/items")
    String add(
            @RequestParam long cycle,
            @RequestParam long variant,
            @RequestParam(defaultValue = "1") String quantity,
            @RequestParam(defaultValue = "false") boolean acknowledge,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = HttpHeaders.REFERER, required = false) String referer,
            Model model,
            RedirectAttributes redirect) {
        UserId shopper = actor.user();
        String message;
        boolean added = false;
        try {
            carts.add(shopper, new CycleId(cycle), new VariantId(variant), parse(quantity), acknowledge);
            message = "cart.added";
            added = true;
        } catch (MarketProblem problem) {
            message = problem.getMessage();
        }
        if (htmx == null) {
            redirect.addFlashAttribute(added ? "cartNotice" : "cartError", message);
            return "redirect:" + (referer != null && referer.contains("/shop/") ? localPath(referer) : "/cart");
        }
        model.addAttribute("added", added);
        model.addAttribute("message", message);
        model.addAttribute("count", carts.badgeCount(shopper));
        return "market/cart :: added";
    }

    @PostMapping("/{cycle}/items/{variant}")
    String update(
            @PathVariable long cycle,
            @PathVariable long variant,
            @RequestParam String quantity,
            RedirectAttributes redirect) {
        try {
            carts.update(actor.user(), new CycleId(cycle), new VariantId(variant), parse(quantity));
        } catch (MarketProblem problem) {
            redirect.addFlashAttribute("cartError", problem.getMessage());
        }
        return "redirect:/cart";
    }

    @PostMapping("/{cycle}/items/{variant}/remove")
    String remove(@PathVariable long cycle, @PathVariable long variant) {
        carts.remove(actor.user(), new CycleId(cycle), new VariantId(variant));
        return "redirect:/cart";
    }

    private static int parse(String quantity) {
        try {
            return Integer.parseInt(quantity.strip());
        } catch (NumberFormatException e) {
            throw MarketProblem.invalid("quantity", "Enter a whole number.");
        }
    }

    /** Only ever redirect within this site. */
    private static String localPath(String referer) {
        URI uri = URI.create(referer);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
