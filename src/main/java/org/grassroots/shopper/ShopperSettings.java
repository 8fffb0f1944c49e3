package org.grassroots.shopper;

import java.time.Instant;

/**
 * A shopper's choices about the personal shopper.
 *
 * @param personalized whether suggestions learn from the shopper's orders; when off, the shopper's
 *     orders are not learned from at all, and suggestions are the hub's popular products
 * @param forgetBefore orders placed before this are never learned from (the shopper deleted the
 *     learned profile then); null if never deleted
 */
public record ShopperSettings(boolean personalized, Instant forgetBefore) {

    public static final ShopperSettings DEFAULT = new ShopperSettings(true, null);

    /** Whether an order placed at {@code placedAt} may be learned from. */
    public boolean learnsFrom(Instant placedAt) {
        return personalized && (forgetBefore == null || placedAt.isAfter(forgetBefore));
    }
}
