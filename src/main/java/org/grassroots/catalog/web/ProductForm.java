package org.grassroots.catalog.web;

import static org.grassroots.platform.FormValues.decimal;
import static org.grassroots.platform.FormValues.integer;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Set;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.UnitKind;
import org.grassroots.platform.FormValues;
import org.springframework.validation.Errors;

/**
 * A product as a producer types it: the describing fields and, for a new product, its first pack
 * size. Bound as text and checked here, so a mistyped number comes back as a message on its own
 * field with everything else the producer typed intact. Same rules as the CSV import.
 */
record ProductForm(
        String name,
        String category,
        String description,
        String ingredients,
        String storage,
        String shelfLifeDays,
        String seasonFrom,
        String seasonTo,
        String sku,
        String unit,
        String unitValue,
        String price,
        String stock,
        String onDemand) {

    private static final Set<String> UNITS = Set.of("g", "kg", "ml", "l", "item");

    static ProductForm blank() {
        return new ProductForm("", "vegetables", "", "", "", "", "", "", "", "g", "", "", "0", "");
    }

    /** Checks the describing fields; {@code categories} are the known slugs. */
    void checkDescription(Set<String> categories, Errors errors) {
        if (FormValues.blank(name)) {
            errors.rejectValue("name", "product.form.name.required");
        } else if (name.strip().length() > 200) {
            errors.rejectValue("name", "product.form.name.tooLong");
        }
        if (category == null || !categories.contains(category)) {
            errors.rejectValue("category", "product.form.category.required");
        }
        if (description != null && description.length() > 2000) {
            errors.rejectValue("description", "product.form.text.tooLong");
        }
        if (ingredients != null && ingredients.length() > 2000) {
            errors.rejectValue("ingredients", "product.form.text.tooLong");
        }
        if (storage != null && storage.length() > 2000) {
            errors.rejectValue("storage", "product.form.text.tooLong");
        }
        Integer days = integer(shelfLifeDays);
        if (!FormValues.blank(shelfLifeDays) && (days == null || days < 1 || days > 3650)) {
            errors.rejectValue("shelfLifeDays", "product.form.shelfLife.range");
        }
        if (FormValues.blank(seasonFrom) != FormValues.blank(seasonTo)
                || month(seasonFrom) == null && !FormValues.blank(seasonFrom)
                || month(seasonTo) == null && !FormValues.blank(seasonTo)) {
            errors.rejectValue("seasonTo", "product.form.season.both");
        }
    }

    /** Checks the first pack size of a new product. */
    void checkPackSize(Errors errors) {
        if (FormValues.blank(sku) || !sku.strip().matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")) {
            errors.rejectValue("sku", "product.form.sku");
        }
        if (unit == null || !UNITS.contains(unit)) {
            errors.rejectValue("unit", "product.form.unit.invalid");
        }
        BigDecimal size = decimal(unitValue);
        if (size == null || size.signum() <= 0 || size.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            errors.rejectValue("unitValue", "product.form.unitValue");
        }
        BigDecimal amount = decimal(price);
        if (amount == null
                || amount.signum() < 0
                || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            errors.rejectValue("price", "product.form.price");
        }
        Integer onHand = integer(stock);
        if (!madeToOrder() && (onHand == null || onHand < 0)) {
            errors.rejectValue("stock", "product.form.stock");
        }
    }

    Season season() {
        Month from = month(seasonFrom);
        Month to = month(seasonTo);
        return from == null || to == null ? Season.ALL_YEAR : new Season(from, to);
    }

    Integer shelfLife() {
        return integer(shelfLifeDays);
    }

    /** The "made to order" box: ticked sends {@code true}; anything else counts as not ticked. */
    boolean madeToOrder() {
        return "true".equals(onDemand);
    }

    UnitKind unitKind() {
        return switch (unit) {
            case "g", "kg" -> UnitKind.WEIGHT;
            case "ml", "l" -> UnitKind.VOLUME;
            default -> UnitKind.ITEMS;
        };
    }

    /** Grams, millilitres or items, as the catalog stores them. */
    BigDecimal baseUnitValue() {
        BigDecimal size = decimal(unitValue);
        return unit.equals("kg") || unit.equals("l") ? size.multiply(BigDecimal.valueOf(1000)) : size;
    }

    long priceMinor() {
        return decimal(price).movePointRight(2).longValueExact();
    }

    int onHand() {
        return madeToOrder() ? 0 : integer(stock);
    }

    private static Month month(String value) {
        Integer m = integer(value);
        return m == null || m < 1 || m > 12 ? null : Month.of(m);
    }
}
