package org.grassroots.shopper;

import java.util.List;
import org.grassroots.common.Money;
import org.grassroots.market.Cycle;

/**
 * A whole basket proposed for a budget, for the shopper to review and edit before it goes into
 * the cart. The budget covers the items and the hub's fee; a delivery fee is chosen at checkout.
 *
 * @param personalized false when personal suggestions are off: the basket holds popular products
 * @param dropped products of an edited basket that can no longer be bought in this cycle
 */
public record BasketProposal(
        Cycle cycle,
        Money budget,
        List<Line> lines,
        Money subtotal,
        Money fee,
        Money total,
        boolean personalized,
        List<String> dropped) {

    public BasketProposal {
        lines = List.copyOf(lines);
        dropped = List.copyOf(dropped);
    }

    /**
     * @param available how many are in stock; null when made to order
     */
    public record Line(Suggestion suggestion, int quantity, Money amount, Integer available) {

        public boolean shortOfStock() {
            return available != null && quantity > available;
        }
    }

    public boolean overBudget() {
        return total.compareTo(budget) > 0;
    }

    /** What is left of the budget; negative when over it. */
    public Money left() {
        return Money.of(
                budget.minorUnits() - total.minorUnits(), budget.currency().getCurrencyCode());
    }

    public boolean belowMinimum() {
        return subtotal.minorUnits() < cycle.minimumOrderMinor();
    }
}
