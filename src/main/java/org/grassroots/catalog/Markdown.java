package org.grassroots.catalog;

import java.time.LocalDate;
import org.grassroots.common.Money;

/**
 * A temporary price reduction on a variant: shoppers pay {@code percent} less than {@code
 * regularPrice} until {@code endsOn}, inclusive, and see why.
 */
public record Markdown(int percent, String reason, LocalDate endsOn, Money regularPrice) {

    /** What a shopper pays: the regular price, less the markdown if there is one. */
    public static Money priceWith(Markdown markdown, Money regular) {
        return markdown == null ? regular : apply(regular, markdown.percent());
    }

    /** The reduced price, rounded to the nearest minor unit. */
    public static Money apply(Money regular, int percent) {
        return new Money(Math.round(regular.minorUnits() * (100 - percent) / 100.0), regular.currency());
    }
}
