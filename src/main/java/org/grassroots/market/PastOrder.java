package org.grassroots.market;

import java.time.Instant;
import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;

/** An order that already happened, for importing history (for example from another platform). */
public record PastOrder(
        CycleId cycle,
        EnterpriseId hub,
        UserId shopper,
        Instant placedAt,
        OrderStatus status,
        List<Line> lines,
        Fulfilment fulfilment) {

    public PastOrder {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one line");
        }
        lines = List.copyOf(lines);
    }

    /** An order whose fulfilment is not known. */
    public PastOrder(
            CycleId cycle, EnterpriseId hub, UserId shopper, Instant placedAt, OrderStatus status, List<Line> lines) {
        this(cycle, hub, shopper, placedAt, status, lines, null);
    }

    /**
     * How the order reached the shopper: one of the cycle's fulfilment options, with a geocoded
     * address for a home delivery (null for a pickup).
     */
    public record Fulfilment(long option, String address, GeoPoint location, String note) {

        /** Collected at one of the cycle's pickup points. */
        public static Fulfilment pickup(long option) {
            return new Fulfilment(option, null, null, "");
        }
    }

    public Money total() {
        return lines.stream().map(Line::amount).reduce(Money::plus).orElseThrow();
    }

    public record Line(VariantId variant, EnterpriseId producer, String productName, int quantity, Money unitPrice) {

        public Line {
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive");
            }
        }

        Money amount() {
            return unitPrice.times(quantity);
        }
    }
}
