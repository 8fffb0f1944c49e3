package org.grassroots.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.grassroots.market.CycleId;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.OrderView;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.market.application.Orders;
import org.grassroots.network.CurrentAccount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A hub manager's orders through the API. */
@RestController
@RequestMapping("/api/v1/hub")
@Tag(name = "Hub", description = "Orders of the hub the caller manages")
class HubApiController {

    private final Orders orders;
    private final CurrentAccount actor;

    HubApiController(Orders orders, CurrentAccount actor) {
        this.orders = orders;
        this.actor = actor;
    }

    @Operation(summary = "Orders of the hub, optionally of one cycle and status")
    @GetMapping("/orders")
    List<OrderView> orders(
            @RequestParam(required = false) Long cycle,
            @RequestParam(required = false) OrderStatus status,
            @Parameter(description = "the newest this many orders, at most 5000") @RequestParam(defaultValue = "500")
                    int limit) {
        if (limit < 1) {
            throw MarketProblem.badParameter("limit", "limit must be 1 or more.");
        }
        return orders.ofHub(
                actor.seller().id(), cycle == null ? null : new CycleId(cycle), status, Math.min(limit, 5000));
    }

    record StatusChange(@NotNull OrderStatus status) {}

    @Operation(summary = "Move an order to its next status (checked against the order lifecycle)")
    @PostMapping("/orders/{id}/status")
    OrderView advance(@PathVariable long id, @Valid @RequestBody StatusChange change) {
        return orders.advance(actor.seller().id(), id, change.status(), actor.user());
    }
}
