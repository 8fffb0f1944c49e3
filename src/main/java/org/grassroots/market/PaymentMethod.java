package org.grassroots.market;

/** How a shopper pays: at pickup or delivery, or from customer credit held by the hub. */
public enum PaymentMethod {
    PAY_AT_PICKUP,
    CREDIT
}
