package org.grassroots;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.shopper.domain.Baskets;
import org.grassroots.shopper.domain.NextBasketMetrics;
import org.grassroots.shopper.domain.NextBasketModel;
import org.grassroots.shopper.domain.Scored;
import org.grassroots.shopper.domain.TifuKnn;
import org.grassroots.shopper.domain.TopFrequency;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval nbr}: next-basket recommendation on the JSON format of "A Next Basket Recommendation
 * Reality Check" (Li et al., TOIS 2023). Each household's history predicts its future basket.
 * Futures of households outside the evaluated set are training data: they are appended to those
 * households' histories, so neighbours include what similar households bought next.
 */
final class NextBasketEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The histories and futures, with households numbered in file order. */
    record Data(List<String> households, List<List<int[]>> histories, List<int[]> futures, int items) {

        static Data read(Path history, Path future) throws IOException {
            JsonNode h = JSON.readTree(history.toFile());
            JsonNode f = JSON.readTree(future.toFile());
            List<String> households = new ArrayList<>();
            List<List<int[]>> histories = new ArrayList<>();
            List<int[]> futures = new ArrayList<>();
            int max = -1;
            for (Map.Entry<String, JsonNode> e : h.properties()) {
                List<int[]> baskets = baskets(e.getValue());
                JsonNode next = f.get(e.getKey());
                List<int[]> last = next == null ? List.of() : baskets(next);
                if (last.isEmpty()) {
                    continue; // nothing to predict or learn from
                }
                households.add(e.getKey());
                histories.add(baskets);
                futures.add(last.get(last.size() - 1));
                for (int[] b : baskets) {
                    for (int i : b) {
                        max = Math.max(max, i);
                    }
                }
                for (int i : futures.get(futures.size() - 1)) {
                    max = Math.max(max, i);
                }
            }
            return new Data(households, histories, futures, max + 1);
        }

        private static List<int[]> baskets(JsonNode node) {
            List<int[]> baskets = new ArrayList<>();
            for (JsonNode basket : node) {
                int[] items = new int[basket.size()];
                int n = 0;
                for (JsonNode item : basket) {
                    if (item.asInt() >= 0) { // [-1] marks the start and the end
                        items[n++] = item.asInt();
                    }
                }
                if (n > 0) {
                    baskets.add(Arrays.copyOf(items, n));
                }
            }
            return baskets;
        }

        /** Histories with the futures of every household not in {@code evaluated} appended. */
        Baskets training(Set<Integer> evaluated) {
            List<List<int[]>> all = new ArrayList<>(histories.size());
            for (int h = 0; h < histories.size(); h++) {
                if (evaluated.contains(h)) {
                    all.add(histories.get(h));
                } else {
                    List<int[]> withFuture = new ArrayList<>(histories.get(h));
                    withFuture.add(futures.get(h));
                    all.add(withFuture);
                }
            }
            return Baskets.of(all, items);
        }

        Set<Integer> indexOf(List<String> ids) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < households.size(); i++) {
                index.put(households.get(i), i);
            }
            Set<Integer> found = new LinkedHashSet<>();
            for (String id : ids) {
                Integer i = index.get(id);
                if (i != null) {
                    found.add(i);
                }
            }
            return found;
        }
    }

    /** Mean metrics of one method over the evaluated households. */
    record Result(
            String method,
            int[] ks,
            double[] recall,
            double[] ndcg,
            double[] phr,
            int users,
            double trainSeconds,
            double seconds) {

        String line(String keyset) {
            StringBuilder s = new StringBuilder("result method=" + method);
            if (keyset != null) {
                s.append(" keyset=").append(keyset);
            }
            for (int j = 0; j < ks.length; j++) {
                s.append(String.format(
                        Locale.ROOT,
                        " recall@%d=%.4f ndcg@%d=%.4f phr@%d=%.4f",
                        ks[j],
                        recall[j],
                        ks[j],
                        ndcg[j],
                        ks[j],
                        phr[j]));
            }
            return s + String.format(Locale.ROOT, " users=%d seconds=%.2f", users, seconds);
        }
    }

    private NextBasketEvaluation() {}

    /** Scores one model on the given households. */
    static Result evaluate(
            String method, Function<Baskets, NextBasketModel> fit, Data data, Set<Integer> evaluated, int[] ks) {
        long start = System.nanoTime();
        NextBasketModel model = fit.apply(data.training(evaluated));
        double trained = (System.nanoTime() - start) / 1e9;
        int maxK = Arrays.stream(ks).max().orElseThrow();
        double[] recall = new double[ks.length];
        double[] ndcg = new double[ks.length];
        double[] phr = new double[ks.length];
        for (int h : evaluated) {
            int[] ranked =
                    model.recommend(h, maxK).stream().mapToInt(Scored::item).toArray();
            for (int j = 0; j < ks.length; j++) {
                NextBasketMetrics.Scores s =
                        NextBasketMetrics.at(ks[j], ranked, data.futures().get(h));
                recall[j] += s.recall();
                ndcg[j] += s.ndcg();
                phr[j] += s.phr();
            }
        }
        int n = Math.max(1, evaluated.size());
        for (int j = 0; j < ks.length; j++) {
            recall[j] /= n;
            ndcg[j] /= n;
            phr[j] /= n;
        }
        return new Result(method, ks, recall, ndcg, phr, evaluated.size(), trained, (System.nanoTime() - start) / 1e9);
    }

    static Map<String, Function<Baskets, NextBasketModel>> methods(TifuKnn.Params params) {
        Map<String, Function<Baskets, NextBasketModel>> methods = new LinkedHashMap<>();
        methods.put("g-topfreq", TopFrequency::global);
        methods.put("p-topfreq", TopFrequency::personal);
        methods.put("grassroots", b -> TifuKnn.fit(b, params));
        return methods;
    }

    /**
     * Runs every method on each keyset's test households (or on every household without keysets),
     * printing progress to {@code err} and the result lines to {@code out}.
     */
    static void run(Path history, Path future, List<Path> keysets, int[] ks, PrintStream out, PrintStream err)
            throws IOException {
        long start = System.nanoTime();
        Data data = Data.read(history, future);
        err.printf(
                Locale.ROOT,
                "read %d households, %d items in %.1f s%n",
                data.households().size(),
                data.items(),
                (System.nanoTime() - start) / 1e9);
        Map<String, List<Result>> byMethod = new LinkedHashMap<>();
        if (keysets.isEmpty()) {
            Set<Integer> everyone = new LinkedHashSet<>();
            for (int h = 0; h < data.households().size(); h++) {
                everyone.add(h);
            }
            methods(TifuKnn.Params.DEFAULT).forEach((name, fit) -> {
                Result r = evaluate(name, fit, data, everyone, ks);
                out.println(r.line(null));
            });
            return;
        }
        for (Path keyset : keysets) {
            Set<Integer> evaluated = data.indexOf(households(keyset, "test"));
            String name = keysetName(keyset);
            for (Map.Entry<String, Function<Baskets, NextBasketModel>> m :
                    methods(TifuKnn.Params.DEFAULT).entrySet()) {
                err.printf(Locale.ROOT, "keyset %s: %s on %d households…%n", name, m.getKey(), evaluated.size());
                Result r = evaluate(m.getKey(), m.getValue(), data, evaluated, ks);
                err.printf(
                        Locale.ROOT,
                        "  trained in %.2f s, predicted %d households in %.2f s%n",
                        r.trainSeconds(),
                        r.users(),
                        r.seconds() - r.trainSeconds());
                byMethod.computeIfAbsent(m.getKey(), x -> new ArrayList<>()).add(r);
                out.println(r.line(name));
            }
        }
        byMethod.forEach(
                (method, results) -> out.println(mean(method, results, ks).line("mean")));
        err.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Coordinate search for the grassroots model's parameters on the validation households of the
     * keysets (never their test households), maximising mean Recall@10 + NDCG@10. Prints each step.
     */
    static TifuKnn.Params tune(Path history, Path future, List<Path> keysets, PrintStream out) throws IOException {
        Data data = Data.read(history, future);
        List<Set<Integer>> validation = new ArrayList<>();
        for (Path keyset : keysets) {
            validation.add(data.indexOf(households(keyset, "val")));
        }
        Function<TifuKnn.Params, Double> objective = p -> {
            double sum = 0;
            for (Set<Integer> val : validation) {
                Result r = evaluate("grassroots", b -> TifuKnn.fit(b, p), data, val, new int[] {10});
                sum += r.recall()[0] + r.ndcg()[0];
            }
            return sum / validation.size();
        };
        TifuKnn.Params best = TifuKnn.Params.DEFAULT;
        double bestValue = objective.apply(best);
        out.printf(Locale.ROOT, "start %s -> %.4f%n", best, bestValue);
        // one grid per parameter, in the order of TifuKnn.Params' components
        double[][] grids = {
            {1, 2, 3, 5, 7},
            {0.8, 0.85, 0.9, 0.95, 1.0},
            {0.6, 0.8, 1.0},
            {100, 300, 600, 1000},
            {0.2, 0.3, 0.4, 0.5, 0.6, 0.7},
            {0.1, 0.2, 0.3, 0.5, 0.8, 1.2},
            {0.0, 0.25, 0.5, 1.0, 1.5}
        };
        for (int round = 1; round <= 2; round++) {
            for (int axis = 0; axis < grids.length; axis++) {
                for (double value : grids[axis]) {
                    double[] components = components(best);
                    components[axis] = value;
                    TifuKnn.Params candidate = params(components);
                    double score = objective.apply(candidate);
                    out.printf(Locale.ROOT, "round %d %s -> %.4f%n", round, candidate, score);
                    if (score > bestValue + 1e-9) {
                        best = candidate;
                        bestValue = score;
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "best %s -> %.4f%n", best, bestValue);
        return best;
    }

    private static double[] components(TifuKnn.Params p) {
        return new double[] {
            p.groups(),
            p.withinDecay(),
            p.groupDecay(),
            p.neighbours(),
            p.alpha(),
            p.popularityWeight(),
            p.repeatExponent()
        };
    }

    private static TifuKnn.Params params(double[] c) {
        return new TifuKnn.Params((int) c[0], c[1], c[2], (int) c[3], c[4], c[5], c[6]);
    }

    static Result mean(String method, List<Result> results, int[] ks) {
        double[] recall = new double[ks.length];
        double[] ndcg = new double[ks.length];
        double[] phr = new double[ks.length];
        int users = 0;
        double trainSeconds = 0;
        double seconds = 0;
        for (Result r : results) {
            for (int j = 0; j < ks.length; j++) {
                recall[j] += r.recall()[j] / results.size();
                ndcg[j] += r.ndcg()[j] / results.size();
                phr[j] += r.phr()[j] / results.size();
            }
            users += r.users();
            trainSeconds += r.trainSeconds();
            seconds += r.seconds();
        }
        return new Result(method, ks, recall, ndcg, phr, users, trainSeconds, seconds);
    }

    /** The household ids of one split ({@code train}, {@code val} or {@code test}) of a keyset file. */
    private static List<String> households(Path keyset, String split) throws IOException {
        JsonNode ids = JSON.readTree(keyset.toFile()).get(split);
        if (ids == null || !ids.isArray()) {
            throw new IOException(keyset + " has no '" + split + "' list of households");
        }
        List<String> households = new ArrayList<>();
        ids.forEach(id -> households.add(id.asString()));
        return households;
    }

    private static String keysetName(Path keyset) {
        String file = keyset.getFileName().toString().replaceFirst("\\.json$", "");
        return file.startsWith("keyset_") ? file.substring("keyset_".length()) : file;
    }
}
