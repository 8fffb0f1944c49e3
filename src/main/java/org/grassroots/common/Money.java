package org.grassroots.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount of money in integer minor units (pence, cents) of one currency. Never floating point. */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    /**
     * Reads an amount typed by a person, such as {@code 3.25} or {@code £3.25}.
     *
     * @throws IllegalArgumentException if it is not a non-negative amount with at most the
     *     currency's decimal places
     */
    public static Money parse(String text, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        String cleaned = text == null ? "" : text.strip().replaceFirst("^[^0-9.\\-]+", "");
        try {
            BigDecimal amount = new BigDecimal(cleaned);
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                throw new IllegalArgumentException("Not an amount in " + currencyCode + ": " + text);
            }
            return new Money(
                    amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Not an amount in " + currencyCode + ": " + text, e);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    /** A display string such as {@code £3.25}, using the currency symbol of the given locale. */
    public String format(Locale locale) {
        return currency.getSymbol(locale) + toDecimal().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toDecimal().toPlainString();
    }
}
