package org.grassroots.flavor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorers on a tiny hand-made table, where every number can be checked by hand. */
class FlavorScoresTest {

    // tomato {1,2,3}, basil {2,3,4}, strawberry {3,5}, garlic {6}
    private final FlavorTable table = AhnFlavorTable.read(
            new StringReader("# id\tname\tcategory\n10\ttomato\tvegetable\n11\tbasil\therb\n12\tstrawberry\tfruit\n"
                    + "13\tgarlic\tvegetable\n"),
            new StringReader("# id\tname\tCAS\n1\thexanal\t-\n2\tlinalool\t-\n3\tfuraneol\t-\n4\teugenol\t-\n"
                    + "5\tethyl_butanoate\t-\n6\tallicin\t-\n"),
            new StringReader("10\t1\n10\t2\n10\t3\n11\t2\n11\t3\n11\t4\n12\t3\n12\t5\n13\t6\n"));
    private static final int TOMATO = 0, BASIL = 1, STRAWBERRY = 2, GARLIC = 3;

    @Test
    void sharedCompoundsAreCountedAndNamed() {
        CompoundAffinity affinity = new CompoundAffinity(table);

        assertThat(affinity.shared(TOMATO, BASIL)).isEqualTo(2);
        assertThat(affinity.shared(TOMATO, GARLIC)).isZero();
        assertThat(java.util.Arrays.stream(affinity.sharedCompounds(TOMATO, BASIL))
                        .mapToObj(table::compoundName))
                .containsExactly("linalool", "furaneol");
        // pairs: tomato-basil 2, tomato-strawberry 1, basil-strawberry 1: mean 4/3
        assertThat(affinity.mean(new int[] {TOMATO, BASIL, STRAWBERRY})).isCloseTo(4 / 3.0, offset(1e-12));
        assertThat(affinity.mean(new int[] {TOMATO})).isZero();
    }

    @Test
    void cooccurrenceCountsRecipesAndPairs() {
        List<Recipe> recipes = List.of(
                new Recipe("italian", new int[] {TOMATO, BASIL, GARLIC}),
                new Recipe("italian", new int[] {TOMATO, BASIL}),
                new Recipe("british", new int[] {STRAWBERRY}),
                new Recipe("italian", new int[] {TOMATO, GARLIC, GARLIC}));
        Cooccurrence c = Cooccurrence.learn(recipes, table.size());

        assertThat(c.count(TOMATO)).isEqualTo(3);
        assertThat(c.count(GARLIC)).isEqualTo(2);
        assertThat(c.together(TOMATO, BASIL)).isEqualTo(2);
        assertThat(c.together(BASIL, STRAWBERRY)).isZero();
        // PMI: log((2 + 0.5) * 5 / ((3 + 0.5) * (2 + 0.5)))
        assertThat(c.pmi(TOMATO, BASIL)).isCloseTo(Math.log(2.5 * 5 / (3.5 * 2.5)), offset(1e-12));
        assertThat(c.pmi(BASIL, STRAWBERRY)).isLessThan(c.pmi(TOMATO, BASIL));
        // P(basil | tomato) with no smoothing is 2 of 3
        assertThat(c.conditional(BASIL, TOMATO, 0)).isCloseTo(2 / 3.0, offset(1e-12));
    }

    @Test
    void eachSignalRanksWhatItShould() {
        List<Recipe> recipes = List.of(
                new Recipe("italian", new int[] {TOMATO, BASIL}),
                new Recipe("italian", new int[] {TOMATO, BASIL}),
                new Recipe("italian", new int[] {TOMATO, GARLIC}),
                new Recipe("british", new int[] {STRAWBERRY, GARLIC}),
                new Recipe("british", new int[] {STRAWBERRY, GARLIC}),
                new Recipe("british", new int[] {GARLIC}));
        PairingModel model =
                PairingModel.learn(recipes, new CompoundAffinity(table), new PairingModel.Weights(0, 1, 0, 0, 0));
        int[] withTomato = {TOMATO};

        // basil goes with tomato in recipes and in chemistry; garlic is simply the most common
        assertThat(best(model, PairingModel.Method.COOCCURRENCE, withTomato)).isEqualTo(BASIL);
        assertThat(best(model, PairingModel.Method.COMPOUNDS, withTomato)).isEqualTo(BASIL);
        assertThat(best(model, PairingModel.Method.POPULARITY, withTomato)).isEqualTo(GARLIC);
        assertThat(best(model, PairingModel.Method.GRASSROOTS, withTomato)).isEqualTo(BASIL);
    }

    @Test
    void aBrokenTableIsRefusedWithTheLine() {
        assertThatThrownBy(() -> AhnFlavorTable.read(
                        new StringReader("10\ttomato\tvegetable\n"),
                        new StringReader("1\thexanal\t-\n"),
                        new StringReader("10\t99\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown id");
        assertThatThrownBy(() -> AhnFlavorTable.read(
                        new StringReader("ten\ttomato\tvegetable\n"), new StringReader(""), new StringReader("")))
                .hasMessageContaining("line 1");
    }

    @Test
    void recipesWithUnknownIngredientsKeepTheKnownOnesAndCountTheRest() {
        Recipe.Read read = Recipe.readAll(new StringReader("italian\ttomato\tunobtainium\tbasil\n"), table);

        assertThat(read.unknownIngredients()).isEqualTo(1);
        assertThat(read.recipes().get(0).ingredients()).containsExactly(TOMATO, BASIL);
    }

    private static int best(PairingModel model, PairingModel.Method method, int[] combination) {
        double[] scores = model.scores(method, combination, null);
        int[] vocabulary = model.vocabulary();
        int best = -1;
        for (int c = 0; c < vocabulary.length; c++) {
            boolean inCombination = java.util.Arrays.binarySearch(combination, vocabulary[c]) >= 0;
            if (!inCombination && (best < 0 || scores[c] > scores[best])) {
                best = c;
            }
        }
        return vocabulary[best];
    }
}
