package org.grassroots.flavor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.grassroots.flavor.domain.FlavorGenerator.Combination;
import org.junit.jupiter.api.Test;

class FlavorGeneratorTest {

    private static final int INGREDIENTS = 16;

    /** 16 ingredients with seeded random compounds and 400 seeded random recipes. */
    private final FlavorGenerator generator = generator();

    @Test
    void combinationsHaveTheSizeAndTheSeedsAndAreRankedBestFirst() {
        List<Combination> top =
                generator.generate(new FlavorGenerator.Request(new int[] {0}, 4, null, 0.5, i -> true, 5));

        assertThat(top).hasSize(5).allSatisfy(c -> {
            assertThat(c.ingredients()).hasSize(4).contains(0);
            assertThat(c.affinity()).isBetween(0.0, 1.0);
            assertThat(c.novelty()).isBetween(0.0, 1.0);
        });
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).score()).isLessThanOrEqualTo(top.get(i - 1).score());
        }
    }

    @Test
    void theTopFiveAreDiverseNoTwoShareMoreThanHalfTheirIngredients() {
        for (int size = 3; size <= 6; size++) {
            List<Combination> top =
                    generator.generate(new FlavorGenerator.Request(new int[] {3}, size, null, 0.3, i -> true, 5));
            assertThat(top).hasSize(5);
            for (int a = 0; a < top.size(); a++) {
                for (int b = a + 1; b < top.size(); b++) {
                    assertThat(shared(top.get(a).ingredients(), top.get(b).ingredients()))
                            .as("size %d, results %d and %d", size, a, b)
                            .isLessThanOrEqualTo(size / 2);
                }
            }
        }
    }

    private static int shared(int[] a, int[] b) {
        return (int)
                Arrays.stream(a).filter(i -> Arrays.binarySearch(b, i) >= 0).count();
    }

    @Test
    void anIngredientThatIsNotAllowedIsNeverProposed() {
        List<Combination> top =
                generator.generate(new FlavorGenerator.Request(new int[] {0}, 5, null, 1, i -> i % 2 == 0, 5));

        assertThat(top)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(Arrays.stream(c.ingredients())).allMatch(i -> i % 2 == 0));
    }

    @Test
    void surprisingCombinationsAreMoreNovelAndLessCookedThanFamiliarOnes() {
        Combination familiar = generator
                .generate(new FlavorGenerator.Request(new int[] {1}, 4, null, 0, i -> true, 1))
                .get(0);
        Combination surprising = generator
                .generate(new FlavorGenerator.Request(new int[] {1}, 4, null, 1, i -> true, 1))
                .get(0);

        assertThat(surprising.novelty()).isGreaterThan(familiar.novelty());
        assertThat(surprising.evidence()).isLessThan(familiar.evidence());
    }

    @Test
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> new FlavorGenerator.Request(new int[] {0}, 7, null, 0.5, i -> true, 5))
                .hasMessageContaining("size");
        assertThatThrownBy(() -> new FlavorGenerator.Request(new int[] {0, 1, 2}, 3, null, 0.5, i -> true, 5))
                .hasMessageContaining("fewer seeds");
        assertThatThrownBy(() -> new FlavorGenerator.Request(new int[] {0}, 3, null, 2, i -> true, 5))
                .hasMessageContaining("novelty");
    }

    private static FlavorGenerator generator() {
        Random random = new Random(7);
        StringBuilder ingredients = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < INGREDIENTS; i++) {
            ingredients.append(i).append("\ti").append(i).append("\tcategory\n");
            for (int c = 0; c < 20; c++) {
                if (random.nextDouble() < 0.4) {
                    links.append(i).append('\t').append(c).append('\n');
                }
            }
        }
        StringBuilder compounds = new StringBuilder();
        for (int c = 0; c < 20; c++) {
            compounds.append(c).append("\tc").append(c).append("\t-\n");
        }
        FlavorTable table = AhnFlavorTable.read(
                new StringReader(ingredients.toString()),
                new StringReader(compounds.toString()),
                new StringReader(links.toString()));
        List<Recipe> recipes = new ArrayList<>();
        for (int r = 0; r < 400; r++) {
            int[] in = random.ints(3 + random.nextInt(4), 0, INGREDIENTS).toArray();
            recipes.add(new Recipe("any", in));
        }
        return new FlavorGenerator(
                PairingModel.learn(recipes, new CompoundAffinity(table), new PairingModel.Weights(0, 1, 0, 0, 0)));
    }
}
