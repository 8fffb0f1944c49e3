package org.grassroots.market.web;

import java.util.UUID;
import org.grassroots.common.UserId;
import org.grassroots.market.CycleId;
import org.grassroots.market.PaymentMethod;
import org.grassroots.market.application.Carts;
import org.grassroots.market.application.Checkout;
import org.grassroots.market.application.Neighbourhoods;
import org.grassroots.market.application.Orders;
import org.grassroots.network.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Checkout of one cycle's cart. The form carries a fresh idempotency key, so a double click or a
 * resubmitted page places one order, not two.
 */
@Controller
@RequestMapping("/checkout")
class CheckoutController {

    private final Checkout checkout;
    private final Carts carts;
    private final Orders orders;
    private final Neighbourhoods neighbourhoods;
    private final CurrentAccount actor;

    CheckoutController(
            Checkout checkout, Carts carts, Orders orders, Neighbourhoods neighbourhoods, CurrentAccount actor) {
        this.checkout = checkout;
        this.carts = carts;
        this.orders = orders;
        this.neighbourhoods = neighbourhoods;
        this.actor = actor;
    }

    /** What the checkout form sends. */
    record CheckoutForm(
            Long fulfilment,
            String payment,
            String note,
            String deliveryAddress,
            String neighbourhood,
            String idempotencyKey,
            Boolean acknowledgeRisks) {}

    @GetMapping("/{cycle}")
    String form(@PathVariable long cycle, Model model) {
        UserId shopper = actor.user();
        Carts.Cart cart = carts.cart(shopper, new CycleId(cycle));
        if (cart.empty()) {
            return "redirect:/cart";
        }
        CheckoutForm form = new CheckoutForm(
                cart.cycle().fulfilment().isEmpty()
                        ? null
                        : cart.cycle().fulfilment().get(0).id(),
                PaymentMethod.PAY_AT_PICKUP.name(),
                "",
                "",
                "",
                UUID.randomUUID().toString(),
                false);
        return page(model, shopper, cart, form);
    }

    @PostMapping("/{cycle}")
    String place(@PathVariable long cycle, CheckoutForm form, Model model) {
        UserId shopper = actor.user();
        CycleId cycleId = new CycleId(cycle);
        PaymentMethod payment = parsePayment(form.payment());
        Checkout.Result result = checkout.place(
                shopper,
                cycleId,
                new Checkout.Request(
                        form.fulfilment() == null ? -1 : form.fulfilment(),
                        payment,
                        form.note(),
                        form.deliveryAddress(),
                        form.neighbourhood(),
                        form.idempotencyKey(),
                        Boolean.TRUE.equals(form.acknowledgeRisks())));
        if (result instanceof Checkout.Placed placed) {
            return "redirect:/orders/" + placed.orderId() + "?placed";
        }
        if (result instanceof Checkout.AlreadyPlaced placed) {
            return "redirect:/orders/" + placed.orderId() + "?placed";
        }
        if (result instanceof Checkout.Rejected rejected) {
            model.addAttribute("errorField", rejected.field());
            model.addAttribute("error", rejected.reason());
        } else if (result instanceof Checkout.OutOfStock outOfStock) {
            model.addAttribute("shortages", outOfStock.shortages());
        }
        return retry(model, shopper, cycleId, form);
    }

    private String retry(Model model, UserId shopper, CycleId cycle, CheckoutForm form) {
        Carts.Cart cart = carts.cart(shopper, cycle);
        if (cart.empty()) {
            return "redirect:/cart";
        }
        return page(model, shopper, cart, form);
    }

    private String page(Model model, UserId shopper, Carts.Cart cart, CheckoutForm form) {
        model.addAttribute("cart", cart);
        model.addAttribute("form", form);
        model.addAttribute("neighbourhoods", neighbourhoods.names());
        model.addAttribute(
                "credit",
                orders.creditBalance(shopper, cart.cycle().hub(), cart.cycle().currency()));
        model.addAttribute("hubFee", cart.cycle().fee().on(cart.subtotal().minorUnits()));
        return "market/checkout";
    }

    private static PaymentMethod parsePayment(String value) {
        try {
            return value == null ? null : PaymentMethod.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
