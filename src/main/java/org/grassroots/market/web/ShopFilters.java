package org.grassroots.market.web;

import jakarta.servlet.ServletRequest;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.grassroots.catalog.ShelfSort;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.ProductId;
import org.grassroots.market.application.Shopfront;
import org.grassroots.platform.FormValues;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shop's filter form as typed, every field optional. Parsing is lenient: a value that makes no
 * sense (a price of "abc", page -3) is ignored rather than turned into an error page, because
 * these arrive from links and bookmarks as often as from the form.
 */
record ShopFilters(
        String q,
        String category,
        String producer,
        String practice,
        String maxKm,
        String maxPrice,
        String sort,
        String page,
        String safe) {

    static final int PAGE_SIZE = 24;

    /**
     * The fields from the query string (the first value of each; missing ones null). Read by hand
     * rather than bound as a model attribute: Spring's constructor binding resolves each parameter's
     * type reflectively and looks for request headers of the same names, on every page view.
     */
    static ShopFilters of(ServletRequest request) {
        return new ShopFilters(
                request.getParameter("q"),
                request.getParameter("category"),
                request.getParameter("producer"),
                request.getParameter("practice"),
                request.getParameter("maxKm"),
                request.getParameter("maxPrice"),
                request.getParameter("sort"),
                request.getParameter("page"),
                request.getParameter("safe"));
    }

    /** Whether the shopper asked for products safe for their household only. */
    public boolean safeOnly() {
        return safe != null && (safe.equalsIgnoreCase("true") || safe.equalsIgnoreCase("on"));
    }

    Shopfront.Request toRequest(EnterpriseId producerId, GeoPoint shopper, Set<ProductId> unsafe) {
        return new Shopfront.Request(
                shopper,
                blankToNull(q),
                blankToNull(category),
                producerId,
                blankToNull(practice),
                positive(maxKm),
                price(maxPrice),
                shelfSort(),
                Math.max(0, Math.min(10_000, integer(page, 1) - 1)),
                PAGE_SIZE,
                unsafe);
    }

    ShelfSort shelfSort() {
        if (sort == null || sort.isBlank()) {
            return q != null && !q.isBlank() ? ShelfSort.RELEVANCE : ShelfSort.NAME;
        }
        try {
            return ShelfSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ShelfSort.NAME;
        }
    }

    boolean any() {
        return blankToNull(q) != null
                || blankToNull(category) != null
                || blankToNull(producer) != null
                || blankToNull(practice) != null
                || positive(maxKm) != null
                || price(maxPrice) != null
                || safeOnly();
    }

    /** The shop URL with these filters and another page number. */
    String pageUrl(String hubSlug, int pageNumber) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/shop/" + hubSlug);
        add(url, "q", q);
        add(url, "category", category);
        add(url, "producer", producer);
        add(url, "practice", practice);
        add(url, "maxKm", maxKm);
        add(url, "maxPrice", maxPrice);
        add(url, "sort", sort);
        if (safeOnly()) {
            url.queryParam("safe", "true");
        }
        if (pageNumber > 1) {
            url.queryParam("page", pageNumber);
        }
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Double positive(String value) {
        BigDecimal d = FormValues.decimal(value);
        return d != null && d.signum() > 0 && d.doubleValue() < 10_000 ? d.doubleValue() : null;
    }

    /** Pence; any currency sign before the amount is ignored. */
    private static Long price(String value) {
        BigDecimal amount =
                FormValues.decimal(value == null ? null : value.strip().replaceFirst("^[^0-9.]+", ""));
        return amount != null && amount.signum() > 0 ? amount.movePointRight(2).longValue() : null;
    }

    private static int integer(String value, int fallback) {
        Integer i = FormValues.integer(value);
        return i == null ? fallback : i;
    }
}
