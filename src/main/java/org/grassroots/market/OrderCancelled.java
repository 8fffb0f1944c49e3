package org.grassroots.market;

import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;

/** Published in the transaction that cancels an order; its stock is already back. */
public record OrderCancelled(long orderId, CycleId cycle, EnterpriseId hub, UserId shopper) {}
