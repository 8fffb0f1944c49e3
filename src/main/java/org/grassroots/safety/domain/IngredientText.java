package org.grassroots.safety.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns ingredients text into words that the lexicon can look up: lower case, no accents, no punctuation. */
final class IngredientText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private IngredientText() {}

    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (List<String> sentence : sentences(text)) {
            words.addAll(sentence);
        }
        return words;
    }

    /**
     * The words of each sentence. A sentence ends at a full stop (not a decimal point), an
     * exclamation mark or a line break: "may contain" applies up to there.
     */
    static List<List<String>> sentences(String text) {
        String s = normalise(text);
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                current.add(word.toString());
                word.setLength(0);
            }
            boolean decimalPoint = (c == '.' || c == ',')
                    && i > 0
                    && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1));
            if ((c == '.' && !decimalPoint) || c == '!' || c == '\n' || c == '\r') {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (word.length() > 0) {
            current.add(word.toString());
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    /** The word and its likely singular forms in English, French, Spanish and German. */
    static List<String> singulars(String word) {
        List<String> forms = new ArrayList<>(4);
        forms.add(word);
        if (word.length() <= 3) {
            return forms;
        }
        if (word.endsWith("ies")) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("ces")) {
            forms.add(word.substring(0, word.length() - 3) + "z");
        }
        if (word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") || word.endsWith("x")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        if (word.endsWith("en")) {
            forms.add(word.substring(0, word.length() - 1)); // German plurals: Garnelen, Lupinen
        }
        return forms;
    }
}
