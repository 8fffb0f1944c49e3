package org.grassroots.shopper.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.stereotype.Component;

/** What the personal shopper's pages and API read from a request: the shopper, the shop, a budget, a basket. */
@Component
class ShopperRequests {

    static final BigDecimal MAX_BUDGET = new BigDecimal("1000");
    static final int MAX_QUANTITY = 99;

    private final CurrentAccount account;
    private final NetworkApi network;

    ShopperRequests(CurrentAccount account, NetworkApi network) {
        this.account = account;
        this.network = network;
    }

    UserId shopper() {
        return account.user();
    }

    boolean signedIn() {
        return account.signedIn().isPresent();
    }

    Enterprise shop(String slug) {
        return network.findSeller(slug).orElseThrow(() -> ShopperProblem.noSuchShop(slug));
    }

    /** A budget typed by a person, such as 40 or £40.00, above 0 and at most {@link #MAX_BUDGET}. */
    static Money budget(String text, String currency) {
        String reason = "Enter an amount above 0 and at most " + MAX_BUDGET + ", such as 40.00.";
        Money budget;
        try {
            budget = Money.parse(text, currency);
        } catch (IllegalArgumentException e) {
            throw ShopperProblem.invalid("budget", reason);
        }
        if (budget.minorUnits() == 0 || budget.toDecimal().compareTo(MAX_BUDGET) > 0) {
            throw ShopperProblem.invalid("budget", reason);
        }
        return budget;
    }

    /**
     * The edited basket: packs and quantities in the order given. A quantity that is not a whole
     * number from 1 to {@link #MAX_QUANTITY} counts as 1 and is reported, so no line is lost.
     */
    record Basket(Map<VariantId, Integer> lines, String problem) {}

    static Basket basket(List<Long> variants, List<String> quantities) {
        if (variants.size() != quantities.size()) {
            throw ShopperProblem.invalid("quantity", "Give one quantity for each product.");
        }
        Map<VariantId, Integer> lines = new LinkedHashMap<>();
        String problem = null;
        for (int i = 0; i < variants.size(); i++) {
            int quantity = 1;
            try {
                quantity = quantity(quantities.get(i));
            } catch (ShopperProblem e) {
                problem = e.getMessage();
            }
            lines.put(new VariantId(variants.get(i)), quantity);
        }
        return new Basket(lines, problem);
    }

    static int quantity(String text) {
        try {
            int q = Integer.parseInt(text.strip());
            if (q >= 1 && q <= MAX_QUANTITY) {
                return q;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ShopperProblem.invalid("quantity", "Choose a quantity from 1 to " + MAX_QUANTITY + ".");
    }
}
