package org.grassroots.safety.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds allergens and other diet-relevant sources in ingredients text written in English, French,
 * German or Spanish.
 *
 * <p>At each word the longest lexicon term wins, with the last word also tried in singular form,
 * so {@code cocoa butter} is not milk while {@code butter} is, and {@code egg whites} is egg. A word
 * that is no term is searched for stems, which finds compounds such as {@code Vollmilchpulver} or
 * {@code Weizenmehl}. Once a sentence says {@code may contain}, {@code traces} or the like, what
 * follows in that sentence is a trace.
 */
public final class AllergenDetector {

    /** Words that turn the rest of the sentence into "may contain" statements. */
    private static final List<List<String>> TRACE_MARKERS = List.of(
            List.of("may", "contain"),
            List.of("may", "also", "contain"),
            List.of("may", "contains"),
            List.of("can", "contain"),
            List.of("could", "contain"),
            List.of("traces"),
            List.of("trace"),
            List.of("factory"),
            List.of("facility"),
            List.of("equipment"),
            List.of("premises"),
            List.of("peut", "contenir"),
            List.of("atelier"),
            List.of("usine"),
            List.of("betrieb"),
            List.of("fabrica"),
            List.of("instalaciones"),
            List.of("peuvent", "contenir"),
            List.of("kann"),
            List.of("spuren"),
            List.of("puede", "contener"),
            List.of("trazas"));

    private final IngredientLexicon lexicon;

    public AllergenDetector(IngredientLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Detection detect(String ingredientsText) {
        if (ingredientsText == null || ingredientsText.isBlank()) {
            return Detection.NONE;
        }
        List<Finding> contains = new ArrayList<>();
        List<Finding> traces = new ArrayList<>();
        for (List<String> sentence : IngredientText.sentences(ingredientsText)) {
            List<Finding> into = contains;
            int i = 0;
            while (i < sentence.size()) {
                int marker = traceMarkerAt(sentence, i);
                if (marker > 0) {
                    into = traces;
                    i += marker;
                    continue;
                }
                int matched = matchTerm(sentence, i, into);
                if (matched > 0) {
                    i += matched;
                } else {
                    matchStems(sentence.get(i), into);
                    i++;
                }
            }
        }
        return new Detection(contains, traces);
    }

    private static int traceMarkerAt(List<String> words, int at) {
        for (List<String> marker : TRACE_MARKERS) {
            if (at + marker.size() <= words.size()
                    && words.subList(at, at + marker.size()).equals(marker)) {
                return marker.size();
            }
        }
        return 0;
    }

    /** Matches the longest lexicon term starting at word {@code at}; returns how many words it took. */
    private int matchTerm(List<String> words, int at, List<Finding> into) {
        for (int length = Math.min(lexicon.longestTerm(), words.size() - at); length >= 1; length--) {
            String head = length == 1 ? "" : String.join(" ", words.subList(at, at + length - 1)) + " ";
            for (String last : IngredientText.singulars(words.get(at + length - 1))) {
                String term = head + last;
                Set<Source> sources = lexicon.term(term);
                if (sources != null) {
                    sources.forEach(s -> into.add(new Finding(s, term)));
                    return length;
                }
            }
        }
        return 0;
    }

    private void matchStems(String word, List<Finding> into) {
        int at = 0;
        while (at < word.length()) {
            IngredientLexicon.Stem found = null;
            for (IngredientLexicon.Stem stem : lexicon.stems()) {
                if (word.startsWith(stem.text(), at)) {
                    found = stem;
                    break;
                }
            }
            if (found == null) {
                at++;
            } else {
                for (Source s : found.sources()) {
                    into.add(new Finding(s, word));
                }
                at += found.text().length();
            }
        }
    }
}
