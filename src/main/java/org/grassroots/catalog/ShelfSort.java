package org.grassroots.catalog;

/** How a shelf is ordered. RELEVANCE falls back to NAME when there is no search text. */
public enum ShelfSort {
    RELEVANCE,
    NAME,
    PRICE_LOW,
    PRICE_HIGH,
    DISTANCE
}
