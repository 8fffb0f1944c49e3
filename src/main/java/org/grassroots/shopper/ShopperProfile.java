package org.grassroots.shopper;

import java.time.Instant;
import java.util.List;
import org.grassroots.network.Enterprise;

/**
 * What the personal shopper has learned about a shopper, hub by hub: the orders it uses and the
 * weight each product has in the shopper's profile.
 */
public record ShopperProfile(ShopperSettings settings, List<Hub> hubs) {

    public ShopperProfile {
        hubs = List.copyOf(hubs);
    }

    /**
     * @param similarHouseholds how many households with similar baskets its suggestions also learn from
     */
    public record Hub(
            Enterprise hub,
            int orders,
            Instant firstOrder,
            Instant lastOrder,
            int similarHouseholds,
            Instant learnedAt,
            List<Item> items) {

        public Hub {
            items = List.copyOf(items);
        }
    }

    /** @param weight the product's weight in the profile, 0 to 1: recent and frequent purchases weigh most */
    public record Item(String product, int ordersWithItem, Instant lastBought, double weight) {}
}
