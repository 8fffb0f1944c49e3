package org.grassroots.catalog;

/**
 * How much of a variant can be sold: a count on hand, or made and picked to order.
 *
 * @param onHand units on hand; 0 when {@code onDemand}
 */
public record Stock(int onHand, boolean onDemand) {

    public static final Stock ON_DEMAND = new Stock(0, true);

    public Stock {
        if (onHand < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
    }

    public boolean covers(int quantity) {
        return onDemand || onHand >= quantity;
    }

    public boolean soldOut() {
        return !onDemand && onHand == 0;
    }
}
