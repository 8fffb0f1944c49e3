package org.grassroots.flavor.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The flavor network tables of Ahn et al. (Sci. Rep. 1:196, 2011): {@code ingr_info.tsv} (id,
 * name, category), {@code comp_info.tsv} (id, name, CAS number) and {@code ingr_comp.tsv}
 * (ingredient id, compound id), tab-separated, with {@code #} comment lines. The files' own ids
 * are mapped to dense ints in file order.
 */
public final class AhnFlavorTable implements FlavorTable {

    private final List<String> names;
    private final List<String> categories;
    private final Map<String, Integer> byName;
    private final int[][] compounds;
    private final List<String> compoundNames;

    private AhnFlavorTable(List<String> names, List<String> categories, int[][] compounds, List<String> compoundNames) {
        this.names = List.copyOf(names);
        this.categories = List.copyOf(categories);
        this.compounds = compounds;
        this.compoundNames = List.copyOf(compoundNames);
        this.byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.putIfAbsent(names.get(i), i);
        }
    }

    /**
     * @throws IllegalArgumentException if a line does not have the expected columns or a link
     *     names an unknown id
     */
    public static AhnFlavorTable read(Reader ingredients, Reader compounds, Reader links) {
        Map<Integer, Integer> ingredientIndex = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        rows(ingredients, 3, "ingr_info", row -> {
            ingredientIndex.put(Integer.parseInt(row[0].strip()), names.size());
            names.add(row[1].strip());
            categories.add(row[2].strip());
        });
        Map<Integer, Integer> compoundIndex = new HashMap<>();
        List<String> compoundNames = new ArrayList<>();
        rows(compounds, 2, "comp_info", row -> {
            compoundIndex.put(Integer.parseInt(row[0].strip()), compoundNames.size());
            compoundNames.add(row[1].strip());
        });
        List<List<Integer>> linked = new ArrayList<>();
        names.forEach(n -> linked.add(new ArrayList<>()));
        rows(links, 2, "ingr_comp", row -> {
            Integer ingredient = ingredientIndex.get(Integer.parseInt(row[0].strip()));
            Integer compound = compoundIndex.get(Integer.parseInt(row[1].strip()));
            if (ingredient == null || compound == null) {
                throw new IllegalArgumentException("ingr_comp names an unknown id: " + String.join(" ", row));
            }
            linked.get(ingredient).add(compound);
        });
        int[][] byIngredient = linked.stream()
                .map(l -> l.stream()
                        .mapToInt(Integer::intValue)
                        .distinct()
                        .sorted()
                        .toArray())
                .toArray(int[][]::new);
        return new AhnFlavorTable(names, categories, byIngredient, compoundNames);
    }

    private static void rows(Reader in, int columns, String file, Consumer<String[]> row) {
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < columns) {
                    throw new IllegalArgumentException(
                            file + " line " + number + ": expected " + columns + " tab-separated columns");
                }
                try {
                    row.accept(cells);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": not a numeric id", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public String name(int ingredient) {
        return names.get(ingredient);
    }

    @Override
    public String category(int ingredient) {
        return categories.get(ingredient);
    }

    @Override
    public OptionalInt find(String name) {
        Integer i = byName.get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    @Override
    public int[] compounds(int ingredient) {
        return compounds[ingredient];
    }

    @Override
    public String compoundName(int compound) {
        return compoundNames.get(compound);
    }

    @Override
    public String toString() {
        return "AhnFlavorTable[" + names.size() + " ingredients, " + compoundNames.size() + " compounds, "
                + Arrays.stream(compounds).mapToInt(c -> c.length).sum() + " links]";
    }
}
