package org.grassroots.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.grassroots.catalog.UnitKind;
import org.grassroots.common.Money;

/**
 * The price per kilogram, litre or item that EU (Directive 98/6/EC) and UK price-marking rules
 * require next to the selling price. Rounded half-up to the currency's minor unit.
 */
public record UnitPrice(Money amount, String unit) {

    public static UnitPrice of(Money packPrice, UnitKind kind, BigDecimal unitValue) {
        BigDecimal perUnit = BigDecimal.valueOf(packPrice.minorUnits())
                .multiply(BigDecimal.valueOf(kind.perPricingUnit()))
                .divide(unitValue, 0, RoundingMode.HALF_UP);
        return new UnitPrice(new Money(perUnit.longValueExact(), packPrice.currency()), kind.pricingUnit());
    }
}
