package org.grassroots.market.web;

import org.grassroots.market.application.Orders;
import org.grassroots.network.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A producer's incoming orders: only the lines with the producer's own items. */
@Controller
class ProducerOrdersController {

    private final Orders orders;
    private final CurrentAccount actor;

    ProducerOrdersController(Orders orders, CurrentAccount actor) {
        this.orders = orders;
        this.actor = actor;
    }

    @GetMapping("/producer/orders")
    String incoming(Model model) {
        var producer = actor.producer();
        model.addAttribute("producer", producer);
        model.addAttribute("orders", orders.forProducer(producer.id(), 300));
        return "producer/orders";
    }
}
