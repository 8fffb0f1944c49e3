package org.grassroots.network;

public enum EnterpriseKind {
    PRODUCER,
    HUB,
    SHOP,
    COOP;

    /** Hubs, shops and co-ops sell producers' products to households. */
    public boolean sells() {
        return this != PRODUCER;
    }
}
