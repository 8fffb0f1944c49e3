package org.grassroots.market;

import java.time.Instant;
import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;

/** An order with its lines and totals. */
public record OrderView(
        long id,
        CycleId cycle,
        String cycleName,
        EnterpriseId hub,
        UserId shopper,
        String shopperName,
        OrderStatus status,
        Instant placedAt,
        String fulfilment,
        FulfilmentKind fulfilmentKind,
        String deliveryAddress,
        String note,
        PaymentMethod payment,
        Money subtotal,
        Money hubFee,
        Money deliveryFee,
        Money total,
        List<OrderLine> lines) {

    public OrderView {
        lines = List.copyOf(lines);
    }

    public OrderView withLines(List<OrderLine> newLines) {
        return copy(shopperName, newLines);
    }

    public OrderView withShopperName(String name) {
        return copy(name, lines);
    }

    private OrderView copy(String name, List<OrderLine> newLines) {
        return new OrderView(
                id,
                cycle,
                cycleName,
                hub,
                shopper,
                name,
                status,
                placedAt,
                fulfilment,
                fulfilmentKind,
                deliveryAddress,
                note,
                payment,
                subtotal,
                hubFee,
                deliveryFee,
                total,
                newLines);
    }

    public int units() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
