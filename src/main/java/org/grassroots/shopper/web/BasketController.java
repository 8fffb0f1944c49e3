package org.grassroots.shopper.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.market.Cycle;
import org.grassroots.market.MarketApi;
import org.grassroots.network.Enterprise;
import org.grassroots.shopper.ShopperApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal shopper in the shop: the "Buy again" and "For you" shelves (a fragment the shop
 * page loads with htmx), and "Fill my basket": a budget, a proposed basket to review and edit,
 * then everything into the cart in one step.
 */
@Controller
@RequestMapping("/shop/{hubSlug}")
class BasketController {

    private final ShopperApi shopper;
    private final MarketApi market;
    private final ShopperRequests requests;

    BasketController(ShopperApi shopper, MarketApi market, ShopperRequests requests) {
        this.shopper = shopper;
        this.market = market;
        this.requests = requests;
    }

    /** The shelves for the signed-in shopper; nothing for visitors or when the shop is closed. */
    @GetMapping("/suggestions")
    String shelves(@PathVariable String hubSlug, Model model) {
        Enterprise hub = requests.shop(hubSlug);
        model.addAttribute("hub", hub);
        model.addAttribute(
                "shelves",
                requests.signedIn()
                        ? shopper.shelves(requests.shopper(), hub.id()).orElse(null)
                        : null);
        return "shopper/shelves :: shelves";
    }

    /** Without a budget: the form asking for one. With one: the proposed basket. */
    @GetMapping("/fill")
    String fill(@PathVariable String hubSlug, @RequestParam(required = false) String budget, Model model) {
        UserId user = requests.shopper();
        Cycle cycle = page(hubSlug, user, budget == null ? "" : budget, model);
        if (budget != null) {
            try {
                Money money = ShopperRequests.budget(budget, cycle.currency());
                model.addAttribute(
                        "proposal", shopper.propose(user, cycle.hub(), money).orElseThrow(ShopperProblem::closed));
            } catch (ShopperProblem problem) {
                model.addAttribute("errors", Map.of(problem.field, problem.getMessage()));
            }
        }
        return "shopper/fill";
    }

    /** The basket as edited: new quantities, minus a removed product. */
    @PostMapping("/fill")
    String review(
            @PathVariable String hubSlug,
            @RequestParam String budget,
            @RequestParam(name = "variant", defaultValue = "") List<Long> variants,
            @RequestParam(name = "quantity", defaultValue = "") List<String> quantities,
            @RequestParam(required = false) Long remove,
            Model model) {
        UserId user = requests.shopper();
        Cycle cycle = page(hubSlug, user, budget, model);
        ShopperRequests.Basket basket = ShopperRequests.basket(variants, quantities);
        if (remove != null) {
            basket.lines().remove(new VariantId(remove));
        }
        review(user, cycle, budget, basket, model);
        return "shopper/fill";
    }

    /**
     * Everything in the reviewed basket into the cart; each product gets the shop's own checks. A
     * bad quantity shows the basket again with the error instead.
     */
    /** Where the basket with a bad quantity leaves the browser: opened again, a fresh basket. */
    @GetMapping("/fill/cart")
    String formAddress(@PathVariable String hubSlug) {
        return "redirect:/shop/" + hubSlug + "/fill";
    }

    @PostMapping("/fill/cart")
    String addToCart(
            @PathVariable String hubSlug,
            @RequestParam String budget,
            @RequestParam(name = "variant", defaultValue = "") List<Long> variants,
            @RequestParam(name = "quantity", defaultValue = "") List<String> quantities,
            Model model,
            RedirectAttributes redirect) {
        UserId user = requests.shopper();
        Cycle cycle = page(hubSlug, user, budget, model);
        ShopperRequests.Basket basket = ShopperRequests.basket(variants, quantities);
        if (basket.problem() != null) {
            review(user, cycle, budget, basket, model);
            return "shopper/fill";
        }
        List<String> problems =
                basket.lines().isEmpty() ? List.of() : market.addToCart(user, cycle.id(), basket.lines());
        redirect.addFlashAttribute("basketAdded", basket.lines().size() - problems.size());
        redirect.addFlashAttribute("basketSize", basket.lines().size());
        redirect.addFlashAttribute("basketProblems", problems);
        return "redirect:/cart";
    }

    private void review(UserId user, Cycle cycle, String budget, ShopperRequests.Basket basket, Model model) {
        Map<String, String> errors = new HashMap<>();
        if (basket.problem() != null) {
            errors.put("quantity", basket.problem());
        }
        try {
            Money money = ShopperRequests.budget(budget, cycle.currency());
            model.addAttribute(
                    "proposal",
                    shopper.review(user, cycle.hub(), money, basket.lines()).orElseThrow(ShopperProblem::closed));
        } catch (ShopperProblem problem) {
            errors.put(problem.field, problem.getMessage());
        }
        model.addAttribute("errors", errors);
    }

    /** What every "Fill my basket" page shows; the shop must have a cycle open. */
    private Cycle page(String hubSlug, UserId user, String budget, Model model) {
        Enterprise hub = requests.shop(hubSlug);
        Cycle cycle = shopper.openCycle(hub.id()).orElseThrow(ShopperProblem::closed);
        model.addAttribute("hub", hub);
        model.addAttribute("cycle", cycle);
        model.addAttribute("budget", budget);
        model.addAttribute("personalized", shopper.settings(user).personalized());
        return cycle;
    }
}
