package org.grassroots;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval …}: evaluations against public data sets; each ends with one {@code result …} line. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Evaluations against public data sets. Each prints its detail, then one 'result …' line.",
        subcommands = {EvalCommand.NutriScoreEval.class, EvalCommand.AllergensEval.class})
public class EvalCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    @Command(
            name = "nutriscore",
            mixinStandardHelpOptions = true,
            description = {
                "Computes the Nutri-Score 2023 of each row of an Open Food Facts vectors CSV (category flags and",
                "*_value columns) and compares points, score and grade with the file's."
            })
    static class NutriScoreEval implements Callable<Integer> {
        @Option(names = "--vectors", required = true, description = "nutriscore2023_vectors.csv")
        Path vectors;

        @Override
        public Integer call() throws IOException {
            try (Reader in = open(vectors)) {
                NutriScoreEvaluation.run(in, System.out);
            }
            return 0;
        }
    }

    @Command(
            name = "allergens",
            mixinStandardHelpOptions = true,
            description = {
                "Detects allergens from the ingredients_text of an Open Food Facts allergens CSV and prints",
                "precision and recall against its allergens_tags, per allergen and overall."
            })
    static class AllergensEval implements Callable<Integer> {
        @Option(names = "--products", required = true, description = "allergens_ingredients.csv")
        Path products;

        @Option(names = "--show-errors", description = "print each false positive and false negative")
        boolean showErrors;

        @Override
        public Integer call() throws IOException {
            try (Reader in = open(products)) {
                AllergenEvaluation.run(in, System.out, showErrors);
            }
            return 0;
        }
    }

    private static Reader open(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(
                    new CommandLine(new EvalCommand()), "Cannot read " + file.toAbsolutePath());
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
