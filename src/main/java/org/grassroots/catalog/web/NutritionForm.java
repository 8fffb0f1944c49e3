package org.grassroots.catalog.web;

import static org.grassroots.platform.FormValues.blank;
import static org.grassroots.platform.FormValues.decimal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.grassroots.catalog.NutritionFacts;
import org.grassroots.platform.FormValues;
import org.springframework.validation.Errors;

/**
 * A product's nutrition panel as the producer types it, per 100 g. Each value is optional; a
 * value that cannot be right (more than 100 g in 100 g, saturates above fat) is named on its field.
 * All nutrients blank removes the panel.
 */
record NutritionForm(
        String energyKcal,
        String fat,
        String saturatedFat,
        String carbohydrate,
        String sugars,
        String fibre,
        String protein,
        String salt,
        String portionGrams,
        String fvlPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Pure fat is 900 kcal per 100 g; nothing has more. */
    private static final BigDecimal MAX_KCAL = BigDecimal.valueOf(900);

    private static final BigDecimal KJ_PER_KCAL = new BigDecimal("4.184");

    static NutritionForm of(NutritionFacts n) {
        return n == null
                ? new NutritionForm("", "", "", "", "", "", "", "", "", "")
                : new NutritionForm(
                        text(n.energyKcal()),
                        text(n.fat()),
                        text(n.saturatedFat()),
                        text(n.carbohydrate()),
                        text(n.sugars()),
                        text(n.fibre()),
                        text(n.protein()),
                        text(n.salt()),
                        text(n.portionGrams()),
                        text(n.fvlPercent()));
    }

    void check(Errors errors) {
        range("energyKcal", energyKcal, MAX_KCAL, errors);
        for (String[] field : new String[][] {
            {"fat", fat}, {"saturatedFat", saturatedFat}, {"carbohydrate", carbohydrate}, {"sugars", sugars},
            {"fibre", fibre}, {"protein", protein}, {"salt", salt}, {"fvlPercent", fvlPercent}
        }) {
            range(field[0], field[1], HUNDRED, errors);
        }
        BigDecimal portion = decimal(portionGrams);
        if (!blank(portionGrams)
                && (portion == null || portion.signum() <= 0 || portion.compareTo(BigDecimal.valueOf(5000)) > 0)) {
            errors.rejectValue("portionGrams", "nutrition.form.portion");
        }
        if (errors.hasErrors()) {
            return;
        }
        if (above(saturatedFat, fat)) {
            errors.rejectValue("saturatedFat", "nutrition.form.saturatesAboveFat");
        }
        if (above(sugars, carbohydrate)) {
            errors.rejectValue("sugars", "nutrition.form.sugarsAboveCarbohydrate");
        }
        BigDecimal grams = Stream.of(fat, carbohydrate, fibre, protein, salt)
                .map(FormValues::decimal)
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (grams.compareTo(BigDecimal.valueOf(101)) > 0) {
            errors.rejectValue("fat", "nutrition.form.tooMuch");
        }
    }

    /** The facts to store, or null when every nutrient is blank. */
    NutritionFacts facts() {
        if (Stream.of(energyKcal, fat, saturatedFat, carbohydrate, sugars, fibre, protein, salt)
                .allMatch(FormValues::blank)) {
            return null;
        }
        BigDecimal kcal = decimal(energyKcal);
        return new NutritionFacts(
                kcal,
                kcal == null ? null : kcal.multiply(KJ_PER_KCAL).setScale(0, RoundingMode.HALF_UP),
                decimal(fat),
                decimal(saturatedFat),
                decimal(carbohydrate),
                decimal(sugars),
                decimal(fibre),
                decimal(protein),
                decimal(salt),
                decimal(portionGrams),
                decimal(fvlPercent),
                NutritionFacts.PRODUCER);
    }

    private static void range(String field, String value, BigDecimal max, Errors errors) {
        if (blank(value)) {
            return;
        }
        BigDecimal number = decimal(value);
        if (number == null || number.signum() < 0 || number.compareTo(max) > 0) {
            errors.rejectValue(field, "nutrition.form.range", new Object[] {max}, "Between 0 and " + max + ".");
        }
    }

    private static boolean above(String part, String whole) {
        BigDecimal p = decimal(part);
        BigDecimal w = decimal(whole);
        return p != null && w != null && p.compareTo(w) > 0;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
