package org.grassroots.market.domain;

import java.util.List;
import org.grassroots.market.CycleState;
import org.grassroots.market.HubFee;

/**
 * The rules a basket must pass before an order is placed, apart from stock (which is reserved
 * atomically afterwards). Returns every totals figure, or the first reason to refuse.
 */
public final class CheckoutPolicy {

    private CheckoutPolicy() {}

    public sealed interface Decision {}

    public record Accepted(long subtotal, long hubFee, long deliveryFee, long total) implements Decision {}

    /** @param field the form field the shopper should look at */
    public record Rejected(String field, String reason) implements Decision {}

    public record Line(long unitPriceMinor, int quantity) {}

    /** @param deliveryRadiusKm null for a pickup; the shopper's distance must be within it */
    public record Fulfilment(long feeMinor, Double deliveryRadiusKm) {}

    public record Payment(boolean byCredit, long creditBalanceMinor) {}

    public static Decision decide(
            CycleState state,
            List<Line> lines,
            HubFee hubFee,
            long minimumOrderMinor,
            Fulfilment fulfilment,
            Double shopperDistanceKm,
            Payment payment) {
        if (state != CycleState.OPEN) {
            return new Rejected("cycle", "This order cycle is not open.");
        }
        if (lines.isEmpty()) {
            return new Rejected("cart", "Your cart is empty.");
        }
        if (fulfilment == null) {
            return new Rejected("fulfilment", "Choose pickup or delivery.");
        }
        long subtotal = lines.stream()
                .mapToLong(l -> Math.multiplyExact(l.unitPriceMinor(), (long) l.quantity()))
                .sum();
        if (subtotal < minimumOrderMinor) {
            return new Rejected("cart", "The minimum order for this cycle is not reached yet.");
        }
        if (fulfilment.deliveryRadiusKm() != null
                && (shopperDistanceKm == null || shopperDistanceKm > fulfilment.deliveryRadiusKm())) {
            return new Rejected("fulfilment", "Your address is outside this delivery zone.");
        }
        long fee = hubFee.on(subtotal);
        long total = subtotal + fee + fulfilment.feeMinor();
        if (payment.byCredit() && payment.creditBalanceMinor() < total) {
            return new Rejected("payment", "Your credit does not cover this order.");
        }
        return new Accepted(subtotal, fee, fulfilment.feeMinor(), total);
    }
}
