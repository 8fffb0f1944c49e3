package org.grassroots.market.application;

import java.time.Clock;
import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.NewCycle;
import org.grassroots.market.persistence.CreditStore;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.network.NetworkApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hub manager's work that is not about single orders: opening cycles and topping up credit. */
@Service
public class HubDesk {

    private final CycleStore cycles;
    private final CreditStore credit;
    private final NetworkApi network;
    private final IdentityApi identity;
    private final Clock clock;

    HubDesk(CycleStore cycles, CreditStore credit, NetworkApi network, IdentityApi identity, Clock clock) {
        this.cycles = cycles;
        this.credit = credit;
        this.network = network;
        this.identity = identity;
        this.clock = clock;
    }

    /** Opens a cycle; every producer in it must have permitted this hub to sell its products. */
    @Transactional
    public CycleId open(NewCycle cycle) {
        var permitted = network.producersSellingThrough(cycle.hub()).stream()
                .map(p -> p.id())
                .toList();
        if (cycle.producers().isEmpty()) {
            throw MarketProblem.invalid("producers", "Choose at least one producer.");
        }
        if (!permitted.containsAll(cycle.producers())) {
            throw MarketProblem.invalid("producers", "A chosen producer has not permitted this hub to sell.");
        }
        if (cycle.fulfilment().isEmpty()) {
            throw MarketProblem.invalid("fulfilment", "Add at least one pickup point or delivery option.");
        }
        if (!cycle.closesAt().isAfter(clock.instant())) {
            throw MarketProblem.invalid("closesAt", "The cycle must close in the future.");
        }
        return cycles.insert(cycle);
    }

    /** Ends a cycle now, for example when stock ran out early; placed orders stay as they are. */
    @Transactional
    public void closeNow(EnterpriseId hub, CycleId cycle) {
        cycle(hub, cycle);
        if (!cycles.closeNow(hub, cycle, clock.instant())) {
            throw MarketProblem.conflict("cycle", "This cycle has already closed.");
        }
    }

    @Transactional(readOnly = true)
    public List<Cycle> cycles(EnterpriseId hub, int limit) {
        return cycles.ofHub(hub, limit);
    }

    @Transactional(readOnly = true)
    public Cycle cycle(EnterpriseId hub, CycleId id) {
        return cycles.find(id)
                .filter(c -> c.hub().equals(hub))
                .orElseThrow(() -> MarketProblem.notFound("This order cycle"));
    }

    /** Adds credit to a shopper's account with the hub; returns the new balance. */
    @Transactional
    public Money topUp(EnterpriseId hub, String shopperEmail, Money amount, String reason, UserId by) {
        UserAccount shopper = identity.findByEmail(shopperEmail)
                .orElseThrow(() -> MarketProblem.invalid("email", "No shopper has this email address."));
        if (amount.minorUnits() <= 0) {
            throw MarketProblem.invalid("amount", "Enter an amount above zero.");
        }
        credit.append(shopper.id(), hub, amount, reason.isBlank() ? "Top-up" : reason.strip(), null, by);
        return Money.of(credit.balance(shopper.id(), hub), amount.currency().getCurrencyCode());
    }
}
