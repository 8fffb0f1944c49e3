package org.grassroots.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Texts in messages.properties that take numbers. */
class MessagesTest {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void countsAreSingularForOneAndPluralForMany() {
        assertThat(text("hub.units", 1)).isEqualTo("1 unit");
        assertThat(text("hub.units", 24)).isEqualTo("24 units");
        assertThat(text("hub.packingSummary", 1, 1)).isEqualTo("1 order from 1 producer");
        assertThat(text("hub.packingSummary", 30, 25)).isEqualTo("30 orders from 25 producers");
        assertThat(text("producer.import.done", 1, 1, 0)).isEqualTo("Imported 1 row: 1 new, 0 updated.");
        assertThat(text("shopper.why.ownEarlier", 1, "3 Nov 2026"))
                .isEqualTo("You bought it in 1 order, last on 3 Nov 2026");
        assertThat(text("shopper.why.own", 1, 1)).isEqualTo("You bought it in your last order");
        assertThat(text("shopper.why.own", 6, 8)).isEqualTo("You bought it in 6 of your last 8 orders");
        assertThat(text("shopper.why.similar", 1, 1))
                .isEqualTo("The household with the basket most like yours buys it");
        assertThat(text("shopper.fill.added", 1, 1)).isEqualTo("1 of 1 product added to your cart.");
        assertThat(text("flavor.pairs.why", "basil", 1, 1))
                .isEqualTo("(basil: 1 shared flavor compound, cooked together in 1 recipe)");
    }

    @Test
    void anOrderNumberHasNoThousandsSeparator() {
        assertThat(text("order.title", 3154L)).isEqualTo("Order #3154");
        assertThat(text("delivery.sheet.order", 3154L)).isEqualTo("Order #3154");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
