package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grassroots.flavor.domain.FlavorTable;
import org.grassroots.flavor.domain.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval flavor} and {@code eval flavor-pairing} on hand-made files in Ahn et al.'s format. */
class FlavorEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void completionPrintsOneResultLinePerMethod() throws Exception {
        FlavorTable table = tables();
        StringBuilder recipes = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            recipes.append("italian\ttomato\tbasil\tgarlic\n").append("british\tstrawberry\tcream\tsugar\n");
        }
        List<Recipe> all = FlavorEvaluation.recipes(
                List.of(Files.writeString(dir.resolve("recipes.txt"), recipes)), table, quiet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FlavorEvaluation.completion(table, all.subList(0, 60), all.subList(60, 80), 1, new PrintStream(out), quiet());

        List<String> results = out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("result "))
                .toList();
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).startsWith("result method=popularity recipes=20 hit@1=");
        // every hidden ingredient is implied by the other two: recipe evidence finds it at once
        assertThat(results.get(2)).startsWith("result method=cooccurrence").contains("hit@1=1.0000");
        assertThat(results.get(3)).startsWith("result method=grassroots").contains("mrr=1.0000");
    }

    @Test
    void pairingComparesRealRecipesWithRandomOnes() throws Exception {
        FlavorTable table = tables();
        StringBuilder recipes = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            // real recipes pair ingredients that share compounds; random ones mix everything
            recipes.append("American\ttomato\tbasil\n").append("American\tstrawberry\tcream\n");
        }
        List<Recipe> all =
                FlavorEvaluation.recipes(List.of(Files.writeString(dir.resolve("pairs.txt"), recipes)), table, quiet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FlavorEvaluation.pairing(table, all, 5, 1, new PrintStream(out), quiet());

        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).startsWith("result region=North_American recipes=60 ns_real=2.000 ns_random=");
        assertThat(Double.parseDouble(line.replaceAll(".*delta_ns=(\\S+).*", "$1")))
                .isPositive();
    }

    private FlavorTable tables() throws Exception {
        Files.writeString(dir.resolve("ingr_info.tsv"), """
                # id\tname\tcategory
                0\ttomato\tvegetable
                1\tbasil\therb
                2\tgarlic\tvegetable
                3\tstrawberry\tfruit
                4\tcream\tdairy
                5\tsugar\tadditive
                """);
        Files.writeString(dir.resolve("comp_info.tsv"), "# id\tname\tCAS\n1\ta\t-\n2\tb\t-\n3\tc\t-\n4\td\t-\n");
        // tomato and basil share 1 and 2; strawberry and cream share 3 and 4
        Files.writeString(dir.resolve("ingr_comp.tsv"), "0\t1\n0\t2\n1\t1\n1\t2\n2\t1\n3\t3\n3\t4\n4\t3\n4\t4\n5\t4\n");
        return FlavorEvaluation.tables(dir);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
