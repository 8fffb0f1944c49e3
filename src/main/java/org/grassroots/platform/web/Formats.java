package org.grassroots.platform.web;

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

    public String km(double kilometres) {
        return kilometres < 10
                ? String.format(LocaleContextHolder.getLocale(), "%.1f km", kilometres)
                : String.format(LocaleContextHolder.getLocale(), "%.0f km", kilometres);
    }
}
