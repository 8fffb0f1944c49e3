package org.grassroots.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.safety.Allergen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllergenDetectorTest {

    private static final AllergenDetector DETECTOR = new AllergenDetector(IngredientLexicon.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // every allergen, with derived ingredients
                "Durum wheat semolina, water | gluten",
                "Barley malt extract | gluten",
                "Rolled oats | gluten",
                "Spelt flour, salt | gluten",
                "Prawns (crustacean), salt | crustaceans",
                "Dried egg whites, sugar | eggs",
                "Mayonnaise | eggs",
                "Anchovies, olive oil | fish",
                "Worcestershire sauce | fish",
                "Roasted groundnuts | peanuts",
                "Peanut butter | peanuts",
                "Soya lecithin, cocoa butter | soybeans",
                "Tofu (soybeans, water, nigari) | soybeans",
                "Whey powder, sugar | milk",
                "Sodium caseinate | milk",
                "Ghee | milk",
                "Almonds, hazelnuts, cashews | tree-nuts",
                "Marzipan | tree-nuts",
                "Celeriac, onions | celery",
                "Mustard seeds, vinegar | mustard",
                "Tahini, chickpeas | sesame",
                "Raisins, sulphur dioxide | sulphites",
                "Potassium metabisulphite | sulphites",
                "Dried apricots (E220) | sulphites",
                "Lupin flour | lupin",
                "Mussels, garlic | molluscs",
                "Oyster sauce | molluscs",
                // not allergens, though they look like it
                "Cocoa butter, sugar | ''",
                "Coconut milk, water | ''",
                "Buckwheat flour | ''",
                "Butternut squash, sage | ''",
                "Nutmeg, pine nuts | ''",
                "Eggplant, tomato | ''",
                "Grey oyster mushrooms | ''",
                "Glucose syrup (from wheat), sugar | ''",
                "Rice flour, cornflour | ''",
                "Lactic acid, sunflower lecithin | ''",
                // French, German, Spanish, with plurals and compounds
                "Farine de blé, œufs, lait entier | gluten,eggs,milk",
                "Noix de coco, noisettes | tree-nuts",
                "Weizenmehl, Vollmilchpulver, Haselnusskerne | gluten,milk,tree-nuts",
                "Hühnereiweiß, Sojalecithin | eggs,soybeans",
                "Kokosmilch, Buchweizenmehl, Milchsäure | ''",
                "Harina de trigo, leche, huevos, cacahuetes | gluten,milk,eggs,peanuts",
                "Nuez moscada, leche de coco | ''",
            })
    void detectsWhatTheIngredientsContain(String ingredients, String expected) {
        assertThat(DETECTOR.detect(ingredients).containsAllergens()).isEqualTo(allergens(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Oats, sugar. May contain nuts and sesame. | gluten | tree-nuts,sesame",
                "Farine de riz. Peut contenir des traces de soja. | '' | soybeans",
                "Zucker, Kakaobutter. Kann Spuren von Erdnüssen enthalten. | '' | peanuts",
                "Azúcar. Puede contener trazas de leche. | '' | milk",
                "Made in a factory that also handles peanuts | '' | peanuts",
            })
    void sendsMayContainStatementsToTraces(String ingredients, String contains, String traces) {
        Detection d = DETECTOR.detect(ingredients);
        assertThat(d.containsAllergens()).isEqualTo(allergens(contains));
        assertThat(d.traceAllergens()).isEqualTo(allergens(traces));
    }

    private static Set<Allergen> allergens(String codes) {
        if (codes == null || codes.isBlank()) {
            return EnumSet.noneOf(Allergen.class);
        }
        return Arrays.stream(codes.split(","))
                .map(c -> Allergen.fromCode(c).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Allergen.class)));
    }
}
