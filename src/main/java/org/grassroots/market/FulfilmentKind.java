package org.grassroots.market;

public enum FulfilmentKind {
    PICKUP,
    DELIVERY
}
