package org.grassroots.catalog;

import java.util.List;

/** One page of a shelf and how many products match in all. */
public record ShelfPage(List<ProductCard> items, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
