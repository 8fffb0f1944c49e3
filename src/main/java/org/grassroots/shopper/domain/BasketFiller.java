package org.grassroots.shopper.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Fills a basket from ranked suggestions within a budget: best first, each at the quantity the
 * household usually takes, as far as stock and the budget allow. A suggestion that no longer fits
 * is skipped, so a cheaper one further down can still use what is left.
 */
public final class BasketFiller {

    /** Stands for stock that is never short (made to order). */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /**
     * One suggestion with the pack it would be bought as.
     *
     * @param available how many are in stock, or {@link #UNLIMITED}
     * @param quantity how many the household would like
     */
    public record Candidate(int item, long variant, long priceMinor, int available, int quantity) {

        public Candidate {
            if (priceMinor < 0 || available < 0 || quantity < 1) {
                throw new IllegalArgumentException("price and stock cannot be negative, quantity at least 1");
            }
        }
    }

    /** A candidate taken, with the quantity that fits. */
    public record Pick(Candidate candidate, int quantity) {

        public long amountMinor() {
            return candidate.priceMinor() * quantity;
        }
    }

    private BasketFiller() {}

    /**
     * @param ranked candidates, best first
     * @param budgetMinor what the basket may cost in all, fee included
     * @param maxLines at most this many lines
     * @param fee the fee on a subtotal, which the budget must also cover
     */
    public static List<Pick> fill(List<Candidate> ranked, long budgetMinor, int maxLines, LongUnaryOperator fee) {
        List<Pick> picks = new ArrayList<>();
        long subtotal = 0;
        for (Candidate c : ranked) {
            if (picks.size() >= maxLines) {
                break;
            }
            int quantity = Math.min(c.quantity(), c.available());
            while (quantity > 0 && total(subtotal + c.priceMinor() * quantity, fee) > budgetMinor) {
                quantity--;
            }
            if (quantity > 0) {
                picks.add(new Pick(c, quantity));
                subtotal += c.priceMinor() * quantity;
            }
        }
        return picks;
    }

    private static long total(long subtotal, LongUnaryOperator fee) {
        return subtotal + fee.applyAsLong(subtotal);
    }
}
