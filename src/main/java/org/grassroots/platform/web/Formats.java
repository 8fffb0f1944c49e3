package org.grassroots.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.grassroots.common.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting helpers for templates, as {@code ${@fmt.money(price)}}. */
@Component("fmt")
class Formats {

    public String money(Money money) {
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.toDecimal());
    }

    /** Grams with one decimal, or a dash when unknown. */
    public String grams(BigDecimal grams) {
        if (grams == null) {
            return "—";
        }
        return String.format(LocaleContextHolder.getLocale(), "%.1f g", grams.doubleValue());
    }

    /** A plain number without trailing zeros, e.g. 119 or 0.5; a dash when unknown. */
    public String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    public String km(double kilometres) {
        return kilometres < 10
                ? String.format(LocaleContextHolder.getLocale(), "%.1f km", kilometres)
                : String.format(LocaleContextHolder.getLocale(), "%.0f km", kilometres);
    }
}
