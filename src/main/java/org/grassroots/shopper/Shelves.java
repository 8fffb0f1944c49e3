package org.grassroots.shopper;

import java.util.List;
import org.grassroots.market.Cycle;

/**
 * The shop's personal shelves for one shopper: products bought before, and products new to them.
 * All of them are in the open cycle, in stock and safe for the household.
 *
 * @param personalized false when the shopper turned personal suggestions off: both shelves are empty
 */
public record Shelves(Cycle cycle, boolean personalized, List<Suggestion> buyAgain, List<Suggestion> forYou) {

    public Shelves {
        buyAgain = List.copyOf(buyAgain);
        forYou = List.copyOf(forYou);
    }
}
