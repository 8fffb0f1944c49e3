package org.grassroots;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grassroots.delivery.domain.RoutePlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;

/** {@code eval …}: evaluations against public data sets; each ends with one {@code result …} line. */
@Command(
        name = "eval",
        header = "Evaluations on public data sets.",
        mixinStandardHelpOptions = true,
        description = "Each prints its detail, then one 'result …' line.",
        subcommands = {
            EvalCommand.NutriScoreEval.class,
            EvalCommand.AllergensEval.class,
            EvalCommand.NextBasketEval.class,
            EvalCommand.FlavorEval.class,
            EvalCommand.FlavorPairingEval.class,
            EvalCommand.ForecastEval.class,
            EvalCommand.AnomaliesEval.class,
            EvalCommand.VrptwEval.class
        })
public class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    @Command(
            name = "nutriscore",
            header = "Nutri-Score 2023, checked against Open Food Facts.",
            mixinStandardHelpOptions = true,
            description = "Computes the Nutri-Score 2023 of each row of an Open Food Facts vectors CSV (category "
                    + "flags and *_value columns) and compares points, score and grade with the file's.")
    static class NutriScoreEval implements Callable<Integer> {
        @Option(
                names = "--vectors",
                required = true,
                converter = ReadableFile.class,
                description = "nutriscore2023_vectors.csv")
        Path vectors;

        @Override
        public Integer call() throws IOException {
            try (Reader in = Files.newBufferedReader(vectors, StandardCharsets.UTF_8)) {
                NutriScoreEvaluation.run(in, System.out);
            }
            return 0;
        }
    }

    @Command(
            name = "allergens",
            header = "Allergen detection, checked against Open Food Facts.",
            mixinStandardHelpOptions = true,
            description = "Detects allergens from the ingredients_text of an Open Food Facts allergens CSV and "
                    + "prints precision and recall against its allergens_tags, per allergen and overall.")
    static class AllergensEval implements Callable<Integer> {
        @Option(
                names = "--products",
                required = true,
                converter = ReadableFile.class,
                description = "allergens_ingredients.csv")
        Path products;

        @Option(names = "--show-errors", description = "print each false positive and false negative")
        boolean showErrors;

        @Override
        public Integer call() throws IOException {
            try (Reader in = Files.newBufferedReader(products, StandardCharsets.UTF_8)) {
                AllergenEvaluation.run(in, System.out, showErrors);
            }
            return 0;
        }
    }

    @Command(
            name = "nbr",
            header = "Next-basket recommendation on household histories.",
            mixinStandardHelpOptions = true,
            description = "Next-basket recommendation: G-TopFreq, P-TopFreq and the grassroots model predict each "
                    + "household's future basket from its history; prints Recall@k, NDCG@k and PHR@k per method"
                    + " (and per keyset).")
    static class NextBasketEval implements Callable<Integer> {
        @Option(names = "--history", required = true, converter = ReadableFile.class, description = "history.json")
        Path history;

        @Option(names = "--future", required = true, converter = ReadableFile.class, description = "future.json")
        Path future;

        @Option(
                names = "--keyset",
                converter = ReadableFile.class,
                split = ",",
                description = "keyset_K.json files (comma-separated); each predicts its test households")
        List<Path> keysets = new ArrayList<>();

        @Option(
                names = "--k",
                split = ",",
                defaultValue = "10,20",
                description = "cut-offs (default: ${DEFAULT-VALUE})")
        int[] ks;

        @Option(
                names = "--tune",
                description = "search the grassroots model's parameters on the keysets' validation households instead")
        boolean tune;

        @Override
        public Integer call() {
            try {
                if (tune) {
                    NextBasketEvaluation.tune(history, future, keysets, System.out);
                } else {
                    NextBasketEvaluation.run(history, future, keysets, ks, System.out, System.err);
                }
            } catch (JacksonException e) {
                System.err.println("Not the expected JSON: " + e.getOriginalMessage());
                return 2;
            } catch (IOException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            return 0;
        }
    }

    @Command(
            name = "flavor",
            header = "Recipe completion from flavor compounds.",
            mixinStandardHelpOptions = true,
            description = "Recipe completion: hides one ingredient of every test recipe with at least 3 (seeded) "
                    + "and ranks every known ingredient given the rest, by popularity, shared compounds, "
                    + "co-occurrence and the grassroots blend; prints hit@1, hit@10 and MRR per method. The Ahn"
                    + " tables are read from the first training file's folder.")
    static class FlavorEval implements Callable<Integer> {
        @Option(
                names = "--train",
                converter = ReadableFile.class,
                required = true,
                split = ",",
                description = "recipe files (cuisine, then ingredients)")
        List<Path> train;

        @Option(
                names = "--test",
                converter = ReadableFile.class,
                description = "test recipes; without it, a seeded 80/20 split of the training recipes")
        Path test;

        @Option(
                names = "--tables",
                converter = ReadableFile.class,
                description = "folder with ingr_info.tsv, comp_info.tsv, ingr_comp.tsv")
        Path tables;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws IOException {
            return refusingBadInput(() -> {
                org.grassroots.flavor.domain.FlavorTable table =
                        FlavorEvaluation.tables(tablesOf(tables, train.get(0)));
                List<org.grassroots.flavor.domain.Recipe> training = FlavorEvaluation.recipes(train, table, System.err);
                List<org.grassroots.flavor.domain.Recipe> testing;
                if (test == null) {
                    List<List<org.grassroots.flavor.domain.Recipe>> parts = FlavorEvaluation.split(training, 0.8, seed);
                    training = parts.get(0);
                    testing = parts.get(1);
                } else {
                    testing = FlavorEvaluation.recipes(List.of(test), table, System.err);
                }
                FlavorEvaluation.completion(table, training, testing, seed, System.out, System.err);
            });
        }
    }

    @Command(
            name = "flavor-pairing",
            header = "Ahn et al.'s food-pairing test per cuisine.",
            mixinStandardHelpOptions = true,
            description = "Ahn et al.'s food-pairing test: per cuisine region, the mean number of flavor compounds "
                    + "shared by the ingredient pairs of its recipes, against frequency-conserving random "
                    + "recipes (z-score).")
    static class FlavorPairingEval implements Callable<Integer> {
        @Option(
                names = "--recipes",
                required = true,
                converter = ReadableFile.class,
                split = ",",
                description = "recipe files")
        List<Path> recipes;

        @Option(
                names = "--tables",
                converter = ReadableFile.class,
                description = "folder with ingr_info.tsv, comp_info.tsv, ingr_comp.tsv")
        Path tables;

        @Option(
                names = "--randomizations",
                defaultValue = "20",
                description = "random recipe sets (default ${DEFAULT-VALUE})")
        int randomizations;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws IOException {
            if (randomizations < 2) {
                System.err.println("--randomizations must be at least 2");
                return 2;
            }
            return refusingBadInput(() -> {
                org.grassroots.flavor.domain.FlavorTable table =
                        FlavorEvaluation.tables(tablesOf(tables, recipes.get(0)));
                FlavorEvaluation.pairing(
                        table,
                        FlavorEvaluation.recipes(recipes, table, System.err),
                        randomizations,
                        seed,
                        System.out,
                        System.err);
            });
        }
    }

    @Command(
            name = "forecast",
            header = "Demand forecasts, by rolling-origin evaluation.",
            mixinStandardHelpOptions = true,
            description = "Rolling-origin evaluation of demand forecasts: the last ORIGINS x HORIZON points of each"
                    + " series are forecast from ORIGINS origins using only earlier data; prints RMSSE, MASE, "
                    + "WAPE and pinball loss at 0.9 for naive, seasonal naive, ETS, Croston (TSB) and the "
                    + "grassroots combination.")
    static class ForecastEval implements Callable<Integer> {
        @Option(
                names = "--data",
                required = true,
                converter = ReadableFile.class,
                description = "series_id,date,quantity[,...] CSV, or .csv.gz")
        Path data;

        @Option(names = "--horizon", required = true, description = "points forecast from each origin")
        int horizon;

        @Option(names = "--origins", required = true, description = "forecast origins per series")
        int origins;

        @Option(names = "--season", required = true, description = "seasonal period in points (7 for daily data)")
        int season;

        @Option(names = "--frequency", description = "daily or weekly (informational; positions are time steps)")
        String frequency;

        @Override
        public Integer call() throws IOException {
            if (horizon < 1 || origins < 1 || season < 1) {
                System.err.println("--horizon, --origins and --season must be at least 1");
                return 2;
            }
            return refusingBadInput(() -> {
                ForecastEvaluation.run(ForecastEvaluation.read(data), horizon, origins, season, System.out, System.err);
            });
        }
    }

    @Command(
            name = "anomalies",
            header = "The anomaly guard on injected glitches.",
            mixinStandardHelpOptions = true,
            description = "Injects N documented synthetic glitches (spikes, drops, level shifts) into real demand "
                    + "series, runs the anomaly guard, and prints precision, recall and F1 per glitch type and "
                    + "how much holding the flagged points out reduces forecast error on the affected series.")
    static class AnomaliesEval implements Callable<Integer> {
        @Option(
                names = "--data",
                required = true,
                converter = ReadableFile.class,
                description = "series_id,date,quantity[,...] CSV, or .csv.gz")
        Path data;

        @Option(
                names = "--inject",
                required = true,
                description = "glitches to inject, one per trial (a series cut at a random origin)")
        int inject;

        @Option(
                names = "--seed",
                defaultValue = "1",
                description = "random seed for where and how (default ${DEFAULT-VALUE})")
        long seed;

        @Option(
                names = "--season",
                defaultValue = "7",
                description = "seasonal period in points (default ${DEFAULT-VALUE})")
        int season;

        @Option(
                names = "--horizon",
                defaultValue = "7",
                description = "points after the glitch window that are forecast (default ${DEFAULT-VALUE})")
        int horizon;

        @Override
        public Integer call() throws IOException {
            if (inject < 1 || season < 1 || horizon < 1) {
                System.err.println("--inject, --season and --horizon must be at least 1");
                return 2;
            }
            return refusingBadInput(() -> AnomalyEvaluation.run(
                    ForecastEvaluation.read(data).values().stream()
                            .map(ForecastEvaluation.Series::quantities)
                            .toList(),
                    inject,
                    seed,
                    season,
                    horizon,
                    System.out,
                    System.err));
        }
    }

    @Command(
            name = "vrptw",
            header = "The delivery solver on Solomon VRPTW instances.",
            mixinStandardHelpOptions = true,
            description = "Solves Solomon VRPTW instances with the delivery solver, checks each solution with an "
                    + "independent validator, and compares it with the best-known one from bks.csv next to the "
                    + "files.")
    static class VrptwEval implements Callable<Integer> {
        @Option(
                names = "--seconds",
                defaultValue = "30",
                description = "time limit per instance (default ${DEFAULT-VALUE})")
        int seconds;

        @Option(
                names = "--objective",
                defaultValue = "distance_first",
                description = "vehicles_first or distance_first (default ${DEFAULT-VALUE})")
        String objective;

        @CommandLine.Parameters(
                arity = "1..*",
                paramLabel = "FILE",
                converter = ReadableFile.class,
                description = "Solomon instance files")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            if (seconds < 1) {
                System.err.println("--seconds must be at least 1");
                return 2;
            }
            RoutePlan.Objective chosen;
            try {
                chosen = RoutePlan.Objective.valueOf(objective.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println("--objective must be vehicles_first or distance_first");
                return 2;
            }
            return refusingBadInput(
                    () -> VrptwEvaluation.run(files, Duration.ofSeconds(seconds), chosen, System.out, System.err));
        }
    }

    /** Work that reads files; content that is not what it should be is an IllegalArgumentException. */
    interface Evaluation {
        void run() throws IOException;
    }

    /** Runs the evaluation: exit code 0, or 2 with the reason on stderr when the input is wrong. */
    private static int refusingBadInput(Evaluation evaluation) throws IOException {
        try {
            evaluation.run();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** The tables' folder: as given, or the folder of the first recipe file. */
    private static Path tablesOf(Path given, Path firstRecipes) {
        Path dir = given != null ? given : firstRecipes.toAbsolutePath().getParent();
        for (String file : List.of("ingr_info.tsv", "comp_info.tsv", "ingr_comp.tsv")) {
            if (!Files.isReadable(dir.resolve(file))) {
                throw new IllegalArgumentException(
                        "Cannot read " + dir.resolve(file).toAbsolutePath());
            }
        }
        return dir;
    }

    /** A file option's value, refused while parsing (with its command's usage) unless it can be read. */
    static final class ReadableFile implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            if (!Files.isReadable(file)) {
                throw new CommandLine.TypeConversionException("cannot read " + file.toAbsolutePath());
            }
            return file;
        }
    }
}
