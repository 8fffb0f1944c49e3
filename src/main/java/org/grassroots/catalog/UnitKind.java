package org.grassroots.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a variant is measured: its unit value is grams, millilitres or a count of items. */
public enum UnitKind {
    WEIGHT("g", "kg", 1000),
    VOLUME("ml", "L", 1000),
    ITEMS("", "item", 1);

    private final String symbol;
    private final String pricingUnit;
    private final int perPricingUnit;

    UnitKind(String symbol, String pricingUnit, int perPricingUnit) {
        this.symbol = symbol;
        this.pricingUnit = pricingUnit;
        this.perPricingUnit = perPricingUnit;
    }

    /** The unit that unit prices are quoted in: kg, L or item, as EU and UK price-marking rules ask. */
    public String pricingUnit() {
        return pricingUnit;
    }

    /** How many base units (g, ml, items) make one pricing unit. */
    public int perPricingUnit() {
        return perPricingUnit;
    }

    /** What {@code packs} packs of {@code unitValue} come to in the pricing unit: 3 × 500 g is 1.5 kg. */
    public BigDecimal inPricingUnits(BigDecimal unitValue, int packs) {
        return unitValue
                .multiply(BigDecimal.valueOf(packs))
                .divide(BigDecimal.valueOf(perPricingUnit), 3, RoundingMode.HALF_UP);
    }

    public String symbol() {
        return symbol;
    }
}
