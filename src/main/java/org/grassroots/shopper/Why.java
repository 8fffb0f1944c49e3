package org.grassroots.shopper;

import java.time.Instant;

/**
 * Why a product was suggested: every part of its score, and the evidence behind each part. The
 * parts add up to the score; nothing else ranks a suggestion, and nothing is paid for.
 *
 * @param own what the household's own orders contribute
 * @param recentWithItem of the household's {@code recentOrders} latest orders, how many had it
 * @param ordersWithItem of all the household's orders, how many had it
 * @param lastBought when the household last bought it; null if never
 * @param usualQuantity how many the household usually takes; 1 if it never bought it
 * @param similar what the households with baskets most like this one's contribute
 * @param similarBuying how many of those {@code similarHouseholds} households bought it
 * @param popular what its popularity at the hub contributes
 * @param popularShare the share of the hub's households that bought it, 0 to 1
 * @param preference the bonus for being in season and grown nearby (at most 10 % of the rest)
 * @param inSeason whether it has a season and is in it now
 * @param km how far the producer is from the hub
 */
public record Why(
        double score,
        double own,
        int recentWithItem,
        int recentOrders,
        int ordersWithItem,
        Instant lastBought,
        int usualQuantity,
        double similar,
        int similarBuying,
        int similarHouseholds,
        double popular,
        double popularShare,
        double preference,
        boolean inSeason,
        double km) {

    /** A part's share of the score, in whole percent. */
    public int percentOf(double part) {
        return score <= 0 ? 0 : (int) Math.round(100 * part / score);
    }

    public boolean boughtBefore() {
        return ordersWithItem > 0;
    }
}
