package org.grassroots.flavor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngredientMatcherTest {

    private static final List<String> NAMES = List.of(
            "tomato",
            "cherry_tomato",
            "cheddar_cheese",
            "zucchini",
            "jalapeno",
            "strawberry",
            "bell_pepper",
            "potato",
            "sweet_potato",
            "leek",
            "chive",
            "pork_sausage",
            "egg",
            "cream",
            "soy_sauce");

    private final IngredientMatcher matcher = new IngredientMatcher(table());

    @Test
    void findsTheIngredientAProductIs() {
        assertThat(name("Heirloom tomatoes")).isEqualTo("tomato");
        assertThat(name("Cherry tomatoes")).isEqualTo("cherry_tomato");
        assertThat(name("Farmhouse cheddar")).isEqualTo("cheddar_cheese");
        assertThat(name("Courgettes")).isEqualTo("zucchini");
        assertThat(name("Jalapeños")).isEqualTo("jalapeno");
        assertThat(name("Strawberries")).isEqualTo("strawberry");
        assertThat(name("Red peppers")).isEqualTo("bell_pepper");
        assertThat(name("Sweet potatoes")).isEqualTo("sweet_potato");
        assertThat(name("Leeks, baby")).isEqualTo("leek");
        assertThat(name("Chives")).isEqualTo("chive");
        assertThat(name("Pork sausages")).isEqualTo("pork_sausage");
        assertThat(name("Large free-range eggs, 6")).isEqualTo("egg");
    }

    @Test
    void suggestsLongerMatchesFirstAndNothingForUnknownFoods() {
        assertThat(matcher.suggest("Sweet potatoes", 3))
                .extracting(matcher.table()::name)
                .containsExactly("sweet_potato", "potato");
        assertThat(matcher.suggest("Veg box, family", 3)).isEmpty();
        assertThat(matcher.find("Soy sauce")).hasValue(NAMES.indexOf("soy_sauce"));
        assertThat(matcher.find("unobtainium")).isEmpty();
    }

    private String name(String product) {
        List<Integer> found = matcher.suggest(product, 1);
        return found.isEmpty() ? null : matcher.table().name(found.get(0));
    }

    private static FlavorTable table() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            rows.append(i).append('\t').append(NAMES.get(i)).append("\tfood\n");
        }
        return AhnFlavorTable.read(new StringReader(rows.toString()), new StringReader(""), new StringReader(""));
    }
}
