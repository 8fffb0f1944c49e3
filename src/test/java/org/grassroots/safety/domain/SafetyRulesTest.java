package org.grassroots.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Assessment;
import org.grassroots.safety.Claim;
import org.grassroots.safety.Diet;
import org.grassroots.safety.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafetyRulesTest {

    private static final AllergenDetector DETECTOR = new AllergenDetector(IngredientLexicon.standard());

    private static ProductProfile profile(String name, String ingredients, Double salt) {
        return ProductProfiles.build(DETECTOR, name, ingredients, salt, Set.of(), Set.of(), List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Chickpeas, tahini, lemon | VEGAN,VEGETARIAN,PESCATARIAN,GLUTEN_FREE,DAIRY_FREE,NUT_FREE",
                "Wildflower honey | VEGETARIAN,PESCATARIAN,GLUTEN_FREE,DAIRY_FREE,NUT_FREE",
                "Whole milk, cultures | VEGETARIAN,PESCATARIAN,GLUTEN_FREE,NUT_FREE",
                "Cod fillet | PESCATARIAN,GLUTEN_FREE,DAIRY_FREE,NUT_FREE",
                "Pork, rusk (wheat flour), salt | DAIRY_FREE,NUT_FREE",
                "Sugar, gelatine, citric acid | GLUTEN_FREE,DAIRY_FREE,NUT_FREE",
                "Cow's milk, salt, animal rennet | GLUTEN_FREE,NUT_FREE",
                "Oats, sugar. May contain hazelnuts. | VEGAN,VEGETARIAN,PESCATARIAN,DAIRY_FREE",
                "Free-range eggs | VEGETARIAN,PESCATARIAN,GLUTEN_FREE,DAIRY_FREE,NUT_FREE",
                "Sugar, carmine (colour) | GLUTEN_FREE,DAIRY_FREE,NUT_FREE",
            })
    void derivesDiets(String ingredients, String diets) {
        Set<Diet> expected = new java.util.HashSet<>();
        for (String d : diets.split(",")) {
            expected.add(Diet.valueOf(d.strip()));
        }
        assertThat(profile("x", ingredients, null).diets()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void lowSodiumNeedsAKnownSaltOfAtMostZeroPointThreeGrams() {
        assertThat(DietRules.violation(profile("Carrots", "", 0.2), Diet.LOW_SODIUM))
                .isEmpty();
        assertThat(DietRules.violation(profile("Bacon", "", 3.1), Diet.LOW_SODIUM))
                .contains("3.10 g salt per 100 g");
        assertThat(DietRules.violation(profile("Carrots", "", null), Diet.LOW_SODIUM))
                .contains("salt content unknown");
    }

    @Test
    void aSingleIngredientFoodIsReadFromItsName() {
        ProductProfile hazelnuts = profile("Hazelnuts", "", null);
        assertThat(hazelnuts.fromName()).isTrue();
        assertThat(hazelnuts.contains()).containsKey(Allergen.TREE_NUTS);
    }

    @Test
    void aProducersCorrectionWinsAndTheNewestCorrectionApplies() {
        ProductProfile corrected = ProductProfiles.build(
                DETECTOR,
                "Apple spread",
                "Apples, butter beans, sugar",
                null,
                Set.of(Allergen.SESAME),
                Set.of(Claim.ORGANIC),
                List.of(
                        new Correction(Allergen.MUSTARD, true, "made on the mustard line"),
                        new Correction(Allergen.MUSTARD, false, "line cleaned; lab test negative"),
                        new Correction(Allergen.CELERY, true, "celery salt in the seasoning")));
        assertThat(corrected.contains()).containsOnlyKeys(Allergen.CELERY);
        assertThat(corrected.contains().get(Allergen.CELERY).get(0)).contains("celery salt in the seasoning");
        assertThat(corrected.traces()).containsExactly(Allergen.SESAME);
        assertThat(corrected.claims()).containsExactly(Claim.ORGANIC);
    }

    @Test
    void theOnePolicyNamesMemberAllergenAndIngredientAndBlocksOnlyStrictContains() {
        ProductProfile cake = profile("Cake", "Wheat flour, butter, eggs. May contain nuts.", 0.4);
        Household household = new Household(List.of(
                new Member(1, "Sam", Map.of(Allergen.MILK, Severity.TRACES), Set.of()),
                new Member(
                        2,
                        "Alex",
                        Map.of(Allergen.EGGS, Severity.CONTAINS, Allergen.TREE_NUTS, Severity.CONTAINS),
                        Set.of(Diet.VEGAN))));
        Assessment a = SafetyPolicy.assess(household, cake);
        assertThat(a.safe()).isFalse();
        assertThat(a.blocked()).isTrue();
        assertThat(a.summary())
                .contains("Sam avoids milk: contains butter")
                .contains("Alex avoids eggs: contains eggs")
                .contains("Alex is vegan: contains eggs, butter")
                .doesNotContain("nuts"); // Alex avoids nuts only when the product contains them

        Household lenient =
                new Household(List.of(new Member(3, "Kim", Map.of(Allergen.MILK, Severity.CONTAINS), Set.of())));
        Assessment warned = SafetyPolicy.assess(lenient, cake);
        assertThat(warned.safe()).isFalse();
        assertThat(warned.blocked()).isFalse();

        Household strictNuts =
                new Household(List.of(new Member(4, "Lee", Map.of(Allergen.TREE_NUTS, Severity.TRACES), Set.of())));
        Assessment traces = SafetyPolicy.assess(strictNuts, cake);
        assertThat(traces.summary()).isEqualTo("Lee avoids nuts: may contain nuts");
        assertThat(traces.blocked()).isFalse();

        assertThat(SafetyPolicy.assess(Household.EMPTY, cake).safe()).isTrue();
    }
}
