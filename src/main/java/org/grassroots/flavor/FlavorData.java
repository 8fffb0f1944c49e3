package org.grassroots.flavor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.flavor.domain.AhnFlavorTable;
import org.grassroots.flavor.domain.CompoundAffinity;
import org.grassroots.flavor.domain.FlavorGenerator;
import org.grassroots.flavor.domain.FlavorTable;
import org.grassroots.flavor.domain.IngredientMatcher;
import org.grassroots.flavor.domain.PairingModel;
import org.grassroots.flavor.domain.Recipe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The flavor table and recipes (by default Ahn et al.'s, shipped under {@code flavor/ahn2011/}),
 * and what is learned from them; learned once, in the background after start-up (about a second).
 */
@Component
class FlavorData {

    /** The blend's weights as tuned by {@code eval flavor} on held-out allrecipes recipes (docs/flavor.md). */
    static final PairingModel.Weights WEIGHTS = new PairingModel.Weights(0, 2, 4, 0.05, 0);

    private static final Logger log = LoggerFactory.getLogger(FlavorData.class);

    /** Everything learned, built once. */
    record Learned(
            FlavorTable table,
            PairingModel model,
            FlavorGenerator generator,
            IngredientMatcher matcher,
            List<String> cuisines) {}

    private final ResourceLoader resources;
    private final String location;
    private volatile Learned learned;

    FlavorData(
            ResourceLoader resources, @Value("${grassroots.flavor.data:classpath:flavor/ahn2011/}") String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** Learns in the background once the application is up, so the first shopper does not wait. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::get, "flavor-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    Learned get() {
        Learned l = learned;
        if (l == null) {
            synchronized (this) {
                if (learned == null) {
                    learned = load();
                }
                l = learned;
            }
        }
        return l;
    }

    private Learned load() {
        long started = System.nanoTime();
        try (Reader ingredients = open("ingr_info.tsv");
                Reader compounds = open("comp_info.tsv");
                Reader links = open("ingr_comp.tsv")) {
            FlavorTable table = AhnFlavorTable.read(ingredients, compounds, links);
            List<Recipe> recipes = new ArrayList<>();
            for (String file : List.of("allr_recipes.txt", "menu_recipes.txt")) {
                try (Reader in = open(file)) {
                    recipes.addAll(Recipe.readAll(in, table).recipes());
                }
            }
            PairingModel model = PairingModel.learn(recipes, new CompoundAffinity(table), WEIGHTS);
            Map<String, Long> byCuisine =
                    recipes.stream().collect(Collectors.groupingBy(Recipe::cuisine, Collectors.counting()));
            List<String> cuisines = byCuisine.entrySet().stream()
                    .filter(e -> e.getValue() >= 50)
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .map(Map.Entry::getKey)
                    .toList();
            Learned result =
                    new Learned(table, model, new FlavorGenerator(model), new IngredientMatcher(table), cuisines);
            log.info(
                    "Learned flavor pairings from {} recipes and {} ingredients in {} ms",
                    recipes.size(),
                    table.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the flavor data at " + location, e);
        }
    }

    private Reader open(String file) throws IOException {
        Resource resource = resources.getResource(location + file);
        return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
    }
}
