package org.grassroots.safety.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingredient words and what they are made from, read from the project's lexicon file (see
 * {@code safety/ingredient-lexicon.txt} for the format). Terms are stored in their normalised form
 * ({@link IngredientText#normalise}), so lookups ignore case and accents.
 */
public final class IngredientLexicon {

    static final String STANDARD = "/safety/ingredient-lexicon.txt";

    private final Map<String, Set<Source>> terms;
    /** Stems found inside compound words, longest first so the longest stem wins. */
    private final List<Stem> stems;

    private final int longestTerm;

    private IngredientLexicon(Map<String, Set<Source>> terms, List<Stem> stems) {
        this.terms = Map.copyOf(terms);
        List<Stem> sorted = new ArrayList<>(stems);
        sorted.sort(Comparator.comparingInt((Stem s) -> s.text().length()).reversed());
        this.stems = List.copyOf(sorted);
        this.longestTerm =
                terms.keySet().stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    /** The lexicon that ships with the application. */
    public static IngredientLexicon standard() {
        InputStream in = IngredientLexicon.class.getResourceAsStream(STANDARD);
        if (in == null) {
            throw new IllegalStateException("Missing " + STANDARD + " on the class path");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static IngredientLexicon read(Reader reader) {
        Map<String, Set<Source>> terms = new HashMap<>();
        List<Stem> stems = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("Lexicon line " + number + ": expected 'term = SOURCE'");
                }
                String term = trimmed.substring(0, eq).strip();
                Set<Source> sources = sources(trimmed.substring(eq + 1).strip(), number);
                if (term.startsWith("~")) {
                    stems.add(
                            new Stem(IngredientText.normalise(term.substring(1)).replace(" ", ""), sources));
                } else {
                    terms.put(String.join(" ", IngredientText.words(term)), sources);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IngredientLexicon(terms, stems);
    }

    private static Set<Source> sources(String text, int line) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        if (text.equals("-")) {
            return sources;
        }
        for (String name : text.split(",")) {
            try {
                sources.add(Source.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Lexicon line " + line + ": unknown source " + name.strip(), e);
            }
        }
        return sources;
    }

    /** The sources of a whole term, or null if the lexicon does not know it (an empty set means "none"). */
    Set<Source> term(String normalisedTerm) {
        return terms.get(normalisedTerm);
    }

    List<Stem> stems() {
        return stems;
    }

    int longestTerm() {
        return longestTerm;
    }

    record Stem(String text, Set<Source> sources) {}
}
