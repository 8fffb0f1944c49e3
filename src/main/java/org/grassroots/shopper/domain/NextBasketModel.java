package org.grassroots.shopper.domain;

import java.util.List;

/** Ranks the items a household is likely to buy in its next basket. */
public interface NextBasketModel {

    /** A short name for reports, e.g. {@code p-topfreq}. */
    String name();

    /** The {@code k} best items for the household, best first, each with its score parts. */
    List<Scored> recommend(int household, int k);
}
