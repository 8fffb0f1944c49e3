package org.grassroots.market.web;

import org.grassroots.market.OrderView;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.market.application.Orders;
import org.grassroots.network.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A shopper's orders: history, one order, and cancelling while the cycle is open. */
@Controller
@RequestMapping("/orders")
class OrdersController {

    private final Orders orders;
    private final CurrentAccount actor;

    OrdersController(Orders orders, CurrentAccount actor) {
        this.orders = orders;
        this.actor = actor;
    }

    @GetMapping
    String history(Model model) {
        model.addAttribute("orders", orders.history(actor.user()));
        model.addAttribute("credit", orders.creditBalances(actor.user(), "GBP"));
        return "market/orders";
    }

    @GetMapping("/{id}")
    String order(@PathVariable long id, Model model) {
        OrderView order = orders.ofShopper(actor.user(), id);
        model.addAttribute("order", order);
        model.addAttribute("cancellable", orders.cancellable(order));
        return "market/order";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            orders.cancel(actor.user(), id);
            redirect.addFlashAttribute("notice", "order.cancelled");
        } catch (MarketProblem problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("orderError", problem.getMessage());
        }
        return "redirect:/orders/" + id;
    }
}
