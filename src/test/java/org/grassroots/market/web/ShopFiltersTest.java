package org.grassroots.market.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.grassroots.catalog.ShelfSort;
import org.grassroots.market.application.Shopfront;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The shop's filters are read leniently: nonsense from a link or bookmark is ignored, never an error. */
class ShopFiltersTest {

    @Test
    void theFieldsComeFromTheQueryStringAndNotFromHeaders() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/shop/central-hub");
        request.setQueryString("q=leek&maxPrice=3&page=2&page=5&safe=on");
        request.addParameter("q", "leek");
        request.addParameter("maxPrice", "3");
        request.addParameter("page", "2", "5");
        request.addParameter("safe", "on");
        request.addHeader("sort", "price_high");

        ShopFilters filters = ShopFilters.of(request);

        assertThat(filters).isEqualTo(new ShopFilters("leek", null, null, null, null, "3", null, "2", "on"));
        assertThat(filters.safeOnly()).isTrue();
    }

    @Test
    void absentFiltersAskForTheFirstPageByName() {
        Shopfront.Request r = filters(null, null, null, null).toRequest(null, null, Set.of());

        assertThat(r.maxDistanceKm()).isNull();
        assertThat(r.maxPriceMinor()).isNull();
        assertThat(r.page()).isZero();
        assertThat(r.sort()).isEqualTo(ShelfSort.NAME);
    }

    @Test
    void typedValuesAreReadWithTheirCurrencySignAndSpaces() {
        Shopfront.Request r = filters(" 15 ", "£2.50", "3", "price_low").toRequest(null, null, Set.of());

        assertThat(r.maxDistanceKm()).isEqualTo(15.0);
        assertThat(r.maxPriceMinor()).isEqualTo(250L);
        assertThat(r.page()).isEqualTo(2);
        assertThat(r.sort()).isEqualTo(ShelfSort.PRICE_LOW);
    }

    @Test
    void nonsenseIsIgnored() {
        Shopfront.Request r = filters("-4", "abc", "-3", "cheapest").toRequest(null, null, Set.of());

        assertThat(r.maxDistanceKm()).isNull();
        assertThat(r.maxPriceMinor()).isNull();
        assertThat(r.page()).isZero();
        assertThat(r.sort()).isEqualTo(ShelfSort.NAME);
        assertThat(filters("  ", "0", "x", null).toRequest(null, null, Set.of()).maxPriceMinor())
                .isNull();
    }

    private static ShopFilters filters(String maxKm, String maxPrice, String page, String sort) {
        return new ShopFilters(null, null, null, null, maxKm, maxPrice, sort, page, null);
    }
}
