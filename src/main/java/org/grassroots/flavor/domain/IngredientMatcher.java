package org.grassroots.flavor.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Suggests the flavor ingredient a catalog product is, from its name: "Heirloom tomatoes" is
 * tomato, "Farmhouse cheddar" is cheddar cheese, "Courgettes" is zucchini. Longer matches come
 * first; among equally long ones, the later words (the head noun in English) first.
 */
public final class IngredientMatcher {

    /** British and shop names for the table's ingredient names. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("courgette", "zucchini"),
            Map.entry("swede", "rutabaga"),
            Map.entry("spring onion", "scallion"),
            Map.entry("beetroot", "beet"),
            Map.entry("sweetcorn", "corn"),
            Map.entry("red pepper", "bell pepper"),
            Map.entry("green pepper", "bell pepper"),
            Map.entry("cheddar", "cheddar cheese"),
            Map.entry("mozzarella", "mozzarella cheese"),
            Map.entry("parmesan", "parmesan cheese"),
            Map.entry("camembert", "camembert cheese"),
            Map.entry("feta", "feta cheese"),
            Map.entry("yoghurt", "yogurt"),
            Map.entry("sausage", "pork sausage"),
            Map.entry("mince", "beef"),
            Map.entry("prawn", "shrimp"),
            Map.entry("chickpeas", "chickpea"),
            Map.entry("porridge oat", "oat"),
            Map.entry("rolled oat", "oat"),
            Map.entry("sourdough", "bread"),
            Map.entry("loaf", "bread"),
            Map.entry("egg", "egg"));

    private final FlavorTable table;
    private final Map<String, Integer> byWords = new HashMap<>();

    public IngredientMatcher(FlavorTable table) {
        this.table = table;
        for (int i = 0; i < table.size(); i++) {
            byWords.putIfAbsent(table.name(i).replace('_', ' '), i);
        }
    }

    /** The best match first; empty when no word of the name is an ingredient. */
    public List<Integer> suggest(String productName, int limit) {
        List<String> words = words(productName);
        Set<Integer> found = new LinkedHashSet<>();
        for (int length = Math.min(3, words.size()); length >= 1; length--) {
            for (int start = words.size() - length; start >= 0; start--) {
                String phrase = String.join(" ", words.subList(start, start + length));
                lookup(phrase).ifPresent(found::add);
            }
        }
        return found.stream().limit(limit).toList();
    }

    /** An ingredient by its name as people write it ("soy sauce", "Tomatoes"), or empty. */
    public OptionalInt find(String name) {
        String phrase = String.join(" ", words(name));
        return lookup(phrase);
    }

    private OptionalInt lookup(String phrase) {
        List<String> candidates = new ArrayList<>(List.of(phrase));
        candidates.addAll(singulars(phrase));
        for (String candidate : candidates) {
            String name = SYNONYMS.getOrDefault(candidate, candidate);
            Integer id = byWords.get(name);
            if (id != null) {
                return OptionalInt.of(id);
            }
        }
        return OptionalInt.empty();
    }

    /** Lower-case words without accents or punctuation: Jalapeños 6 gives the one word jalapenos. */
    static List<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('_', ' ');
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^a-z]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The phrase with its last word made singular every plausible way: tomatoes, berries, leaves, chives. */
    static List<String> singulars(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(0, space + 1);
        String last = phrase.substring(space + 1);
        List<String> forms = new ArrayList<>();
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            if (last.endsWith("ies")) {
                forms.add(head + last.substring(0, last.length() - 3) + "y");
            }
            if (last.endsWith("ves")) {
                forms.add(head + last.substring(0, last.length() - 3) + "f");
            }
            if (last.endsWith("es")) {
                forms.add(head + last.substring(0, last.length() - 2));
            }
            forms.add(head + last.substring(0, last.length() - 1));
        }
        return forms;
    }

    public FlavorTable table() {
        return table;
    }
}
