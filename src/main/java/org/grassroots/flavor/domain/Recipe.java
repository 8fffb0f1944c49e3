package org.grassroots.flavor.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * A recipe: its cuisine and its distinct ingredients (ids of a {@link FlavorTable}), sorted.
 */
public record Recipe(String cuisine, int[] ingredients) {

    public Recipe {
        ingredients = Arrays.stream(ingredients).distinct().sorted().toArray();
    }

    public int size() {
        return ingredients.length;
    }

    public boolean has(int ingredient) {
        return Arrays.binarySearch(ingredients, ingredient) >= 0;
    }

    /** Recipes read from a file, and how many ingredient names the table did not know. */
    public record Read(List<Recipe> recipes, int unknownIngredients) {}

    /**
     * Reads one recipe per line: the cuisine, then its ingredients, tab-separated (the format of
     * Ahn et al.'s recipe files). Ingredients the table does not know are left out and counted.
     */
    public static Read readAll(Reader in, FlavorTable table) {
        List<Recipe> recipes = new ArrayList<>();
        int unknown = 0;
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                int[] ids = new int[cells.length - 1];
                int known = 0;
                for (int c = 1; c < cells.length; c++) {
                    OptionalInt id = table.find(cells[c].strip());
                    if (id.isPresent()) {
                        ids[known++] = id.getAsInt();
                    } else {
                        unknown++;
                    }
                }
                recipes.add(new Recipe(cells[0].strip(), Arrays.copyOf(ids, known)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(recipes, unknown);
    }
}
