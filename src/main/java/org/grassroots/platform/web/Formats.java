package org.grassroots.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.grassroots.common.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting helpers for templates, as {@code ${@fmt.money(price)}}. */
@Component("fmt")
class Formats {

    /**
     * Number formats per request thread, by locale and pattern: building one is far slower than
     * using it, and a shop page formats dozens of prices. NumberFormat is not thread-safe, hence
     * one set per thread.
     */
    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    public String money(Money money) {
        Locale locale = LocaleContextHolder.getLocale();
        Currency currency = money.currency();
        NumberFormat format = FORMATS.get().computeIfAbsent(locale + "|" + currency, k -> {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(currency);
            f.setMinimumFractionDigits(currency.getDefaultFractionDigits());
            f.setMaximumFractionDigits(currency.getDefaultFractionDigits());
            return f;
        });
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

    /** An amount as stored, in a pricing unit (kg, L, item): 0.8 kg, 1 item, 6 items. */
    public String quantity(BigDecimal value, String unit) {
        return withUnit(number(value), value.compareTo(BigDecimal.ONE) == 0, "item".equals(unit) ? "items" : unit);
    }

    /**
     * An amount with one decimal, or none when whole, in a unit as amounts read (kg, L, items): 4.2 kg,
     * 5 kg, 1 item.
     */
    public String amount(double value, String unit) {
        long whole = Math.round(value);
        return Math.abs(value - whole) >= 0.05
                ? withUnit(String.format(Locale.UK, "%.1f", value), false, unit)
                : withUnit(Long.toString(whole), whole == 1, unit);
    }

    private static String withUnit(String amount, boolean one, String unit) {
        return amount + " " + (one && unit.equals("items") ? "item" : unit);
    }

    /** Kilometres with one decimal below 10 km, whole above: 4.2 km, 23 km. */
    public String km(double kilometres) {
        Locale locale = LocaleContextHolder.getLocale();
        int decimals = kilometres < 10 ? 1 : 0;
        NumberFormat format = FORMATS.get().computeIfAbsent(locale + "|km" + decimals, k -> {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
        return format.format(kilometres) + " km";
    }
}
