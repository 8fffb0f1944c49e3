package org.grassroots;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grassroots.flavor.domain.AhnFlavorTable;
import org.grassroots.flavor.domain.CompletionMetrics;
import org.grassroots.flavor.domain.CompoundAffinity;
import org.grassroots.flavor.domain.FlavorTable;
import org.grassroots.flavor.domain.FoodPairing;
import org.grassroots.flavor.domain.PairingModel;
import org.grassroots.flavor.domain.PairingModel.Method;
import org.grassroots.flavor.domain.PairingModel.Weights;
import org.grassroots.flavor.domain.Recipe;

/**
 * {@code eval flavor} (recipe completion) and {@code eval flavor-pairing} (Ahn et al.'s food-pairing
 * test) on Ahn et al.'s tables and recipe files.
 */
final class FlavorEvaluation {

    /** The blend's starting point for the search on validation recipes. */
    static final Weights START = new Weights(0.5, 1, 0, 0.5, 0.5);

    private static final double[] GRID = {0, 0.05, 0.1, 0.25, 0.5, 1, 2, 4};

    private FlavorEvaluation() {}

    /** One completion query: a recipe with one ingredient hidden. */
    record Query(int[] context, int hidden, String cuisine) {}

    /** The Ahn tables in {@code dir}: ingr_info.tsv, comp_info.tsv, ingr_comp.tsv. */
    static FlavorTable tables(Path dir) throws IOException {
        try (Reader ingredients = open(dir.resolve("ingr_info.tsv"));
                Reader compounds = open(dir.resolve("comp_info.tsv"));
                Reader links = open(dir.resolve("ingr_comp.tsv"))) {
            return AhnFlavorTable.read(ingredients, compounds, links);
        }
    }

    static List<Recipe> recipes(List<Path> files, FlavorTable table, PrintStream progress) throws IOException {
        List<Recipe> all = new ArrayList<>();
        for (Path file : files) {
            try (Reader in = open(file)) {
                Recipe.Read read = Recipe.readAll(in, table);
                progress.printf(
                        "%s: %d recipes, %d ingredient names not in the table%n",
                        file.getFileName(), read.recipes().size(), read.unknownIngredients());
                all.addAll(read.recipes());
            }
        }
        return all;
    }

    static void completion(
            FlavorTable table,
            List<Recipe> train,
            List<Recipe> test,
            long seed,
            PrintStream out,
            PrintStream progress) {
        long started = System.nanoTime();
        CompoundAffinity affinity = new CompoundAffinity(table);
        Weights weights = tune(train, affinity, seed, progress);
        PairingModel model = PairingModel.learn(train, affinity, weights);
        List<Query> queries = queries(test, seed);
        progress.printf(
                "learned from %d recipes (%d candidate ingredients); %d test recipes with at least 3 ingredients%n",
                train.size(), model.vocabulary().length, queries.size());
        Map<Method, CompletionMetrics> metrics = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
            metrics.put(m, new CompletionMetrics());
        }
        for (Query q : queries) {
            double[][] features = model.features(q.context(), q.cuisine());
            for (Method m : Method.values()) {
                double[] scores = model.scores(m, features, q.context());
                metrics.get(m).add(CompletionMetrics.rank(scores, model.vocabulary(), q.hidden(), q.context()));
            }
        }
        out.printf(Locale.ROOT, "blend weights: %s%n", weights);
        out.printf("elapsed %.1f s%n", (System.nanoTime() - started) / 1e9);
        for (Method m : Method.values()) {
            CompletionMetrics r = metrics.get(m);
            out.printf(
                    Locale.ROOT,
                    "result method=%s recipes=%d hit@1=%.4f hit@10=%.4f mrr=%.4f%n",
                    m.label(),
                    r.queries(),
                    r.hitAt1(),
                    r.hitAt10(),
                    r.mrr());
        }
    }

    /** A seeded split: the first list gets {@code share} of the recipes. */
    static List<List<Recipe>> split(List<Recipe> recipes, double share, long seed) {
        List<Recipe> shuffled = new ArrayList<>(recipes);
        Collections.shuffle(shuffled, new Random(seed));
        int cut = (int) Math.round(shuffled.size() * share);
        return List.of(shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()));
    }

    /** Every recipe with at least 3 ingredients, one of them hidden at random (seeded). */
    static List<Query> queries(List<Recipe> recipes, long seed) {
        Random random = new Random(seed);
        List<Query> queries = new ArrayList<>();
        for (Recipe r : recipes) {
            if (r.size() < 3) {
                continue;
            }
            int hidden = r.ingredients()[random.nextInt(r.size())];
            int[] context =
                    Arrays.stream(r.ingredients()).filter(i -> i != hidden).toArray();
            queries.add(new Query(context, hidden, r.cuisine()));
        }
        return queries;
    }

    /**
     * The blend's weights, by coordinate search on a tenth of the training recipes held out from the
     * statistics (the test recipes are never seen): maximises MRR.
     */
    static Weights tune(List<Recipe> train, CompoundAffinity affinity, long seed, PrintStream progress) {
        List<List<Recipe>> parts = split(train, 0.9, seed + 1);
        PairingModel model = PairingModel.learn(parts.get(0), affinity, START);
        List<Query> validation = queries(parts.get(1), seed + 2);
        List<double[][]> features = new ArrayList<>();
        for (Query q : validation) {
            features.add(model.features(q.context(), q.cuisine()));
        }
        String[] names = {"popularity", "conditional", "pmi", "compounds", "cuisine"};
        for (int k = 0; k < PairingModel.FEATURES; k++) {
            double[] alone = new double[PairingModel.FEATURES];
            alone[k] = 1;
            progress.printf(
                    Locale.ROOT,
                    "  %s alone: validation mrr=%.4f%n",
                    names[k],
                    mrr(model, validation, features, alone));
        }
        double[] best = START.asArray();
        double bestMrr = mrr(model, validation, features, best);
        progress.printf(Locale.ROOT, "tuning on %d validation recipes: start mrr=%.4f%n", validation.size(), bestMrr);
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < PairingModel.FEATURES; k++) {
                for (double value : GRID) {
                    double[] trial = best.clone();
                    trial[k] = value;
                    double mrr = mrr(model, validation, features, trial);
                    if (mrr > bestMrr + 1e-9) {
                        bestMrr = mrr;
                        best = trial;
                    }
                }
            }
            progress.printf(Locale.ROOT, "  round %d: mrr=%.4f %s%n", round + 1, bestMrr, Weights.of(best));
        }
        return Weights.of(best);
    }

    private static double mrr(PairingModel model, List<Query> queries, List<double[][]> features, double[] w) {
        PairingModel weighted = model.withWeights(Weights.of(w));
        CompletionMetrics m = new CompletionMetrics();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            double[] scores = weighted.scores(Method.GRASSROOTS, features.get(i), q.context());
            m.add(CompletionMetrics.rank(scores, model.vocabulary(), q.hidden(), q.context()));
        }
        return m.mrr();
    }

    static void pairing(
            FlavorTable table,
            List<Recipe> recipes,
            int randomizations,
            long seed,
            PrintStream out,
            PrintStream progress) {
        CompoundAffinity affinity = new CompoundAffinity(table);
        Map<String, List<Recipe>> byRegion = recipes.stream()
                .collect(
                        Collectors.groupingBy(r -> FoodPairing.region(r.cuisine()), TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Recipe>> region : byRegion.entrySet()) {
            progress.printf(
                    "%s: %d recipes...%n", region.getKey(), region.getValue().size());
            FoodPairing.Result r = FoodPairing.test(region.getKey(), region.getValue(), affinity, randomizations, seed);
            out.printf(
                    Locale.ROOT,
                    "result region=%s recipes=%d ns_real=%.3f ns_random=%.3f delta_ns=%.3f z=%.1f%n",
                    r.region().replace(' ', '_'),
                    r.recipes(),
                    r.real(),
                    r.random(),
                    r.delta(),
                    r.z());
        }
    }

    private static Reader open(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
