package org.grassroots.market;

import java.time.Instant;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;

/** One line of an order that was not cancelled: what recommendations and forecasts learn from. */
public record Purchase(long orderId, UserId shopper, Instant placedAt, VariantId variant, int quantity) {}
