package org.grassroots.catalog;

import java.time.Month;
import java.util.List;
import java.util.Set;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;

/**
 * A search of the products of some producers: the shopfront of an order cycle.
 *
 * @param producers only products of these producers (the cycle's)
 * @param text words to search for in name and description; blank for all
 * @param producersMatchingText producers whose own name matches {@code text}: their products match too
 * @param category a category slug, top-level or not; null for all
 * @param maxPriceMinor only products with a variant at or below this price; null for any
 * @param producerOrder producers nearest first, for {@link ShelfSort#DISTANCE}
 * @param inSeason only products in season in this month; null for all
 * @param excluded products to leave out, e.g. those unsafe for the shopper's household
 */
public record ShelfQuery(
        Set<EnterpriseId> producers,
        String text,
        Set<EnterpriseId> producersMatchingText,
        String category,
        Long maxPriceMinor,
        ShelfSort sort,
        List<EnterpriseId> producerOrder,
        Month inSeason,
        int page,
        int size,
        Set<ProductId> excluded) {

    public ShelfQuery {
        excluded = Set.copyOf(excluded);
        producers = Set.copyOf(producers);
        producersMatchingText = Set.copyOf(producersMatchingText);
        producerOrder = List.copyOf(producerOrder);
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page must be >= 0 and size 1..100");
        }
    }

    /** The same filters, in one order and on one page: what every page of this shelf counts. */
    ShelfQuery allPages() {
        return new ShelfQuery(
                producers,
                text,
                producersMatchingText,
                category,
                maxPriceMinor,
                ShelfSort.NAME,
                List.of(),
                inSeason,
                0,
                1,
                excluded);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
