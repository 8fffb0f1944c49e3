package org.grassroots.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.grassroots.catalog.NutritionFacts;
import org.junit.jupiter.api.Test;

class UsdaNutritionTableTest {

    @Test
    void readsQuotedDescriptionsAndDerivesSaltFromSodium() {
        String csv = """
                ndb,description,food_group,energy_kcal,energy_kj,fat_g,saturated_fat_g,carbohydrate_g,sugars_g,fibre_g,protein_g,sodium_mg,portion_g
                01009,"Cheese, cheddar",Dairy and Egg Products,403,1686,33.31,18.867,3.37,0.26,0.0,22.87,653,28.35
                02049,"Thyme, fresh",Spices and Herbs,101,423,1.68,0.467,24.45,,14.0,5.56,9,
                """;

        UsdaNutritionTable table = UsdaNutritionTable.read(stream(csv));

        assertThat(table.size()).isEqualTo(2);
        NutritionFacts cheddar = table.find("01009").orElseThrow();
        assertThat(cheddar.energyKcal()).isEqualByComparingTo("403");
        assertThat(cheddar.salt()).isEqualByComparingTo(new BigDecimal("1.633")); // 653 mg sodium x 2.5
        assertThat(cheddar.source()).isEqualTo("USDA SR28 #01009 (Cheese, cheddar)");
        assertThat(cheddar.portionGrams()).isEqualByComparingTo("28.35");
        assertThat(cheddar.perPortion(cheddar.fat())).isEqualByComparingTo("9.44"); // 33.31 g x 0.2835
        assertThat(table.find("02049").orElseThrow().sugars()).isNull();
        assertThat(table.find("02049").orElseThrow().portionGrams()).isNull();
        assertThat(table.find("99999")).isEmpty();
    }

    @Test
    void theShippedSubsetCoversEveryDemoFood() throws IOException {
        try (InputStream csv = getClass().getResourceAsStream("/nutrition/usda-sr28-subset.csv")) {
            UsdaNutritionTable table = UsdaNutritionTable.read(csv);
            assertThat(table.size()).isGreaterThan(200);
            assertThat(table.find("11529").orElseThrow().source()).contains("Tomatoes");
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
