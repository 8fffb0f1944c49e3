package org.grassroots;

import java.io.PrintStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.catalog.domain.Csv;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.domain.AllergenDetector;
import org.grassroots.safety.domain.Detection;
import org.grassroots.safety.domain.IngredientLexicon;

/**
 * {@code eval allergens}: allergens detected from Open Food Facts ingredients text against the
 * product's {@code allergens_tags}. Tags outside the EU 14 (such as {@code en:gelatin}, or tags in
 * another language that Open Food Facts did not resolve) are not allergens in our taxonomy; they
 * are counted and listed, not scored.
 */
final class AllergenEvaluation {

    private static final Map<String, Allergen> OFF_TAGS = Map.ofEntries(
            Map.entry("en:gluten", Allergen.GLUTEN),
            Map.entry("en:crustaceans", Allergen.CRUSTACEANS),
            Map.entry("en:eggs", Allergen.EGGS),
            Map.entry("en:fish", Allergen.FISH),
            Map.entry("en:peanuts", Allergen.PEANUTS),
            Map.entry("en:soybeans", Allergen.SOYBEANS),
            Map.entry("en:milk", Allergen.MILK),
            Map.entry("en:nuts", Allergen.TREE_NUTS),
            Map.entry("en:celery", Allergen.CELERY),
            Map.entry("en:mustard", Allergen.MUSTARD),
            Map.entry("en:sesame-seeds", Allergen.SESAME),
            Map.entry("en:sulphur-dioxide-and-sulphites", Allergen.SULPHITES),
            Map.entry("en:lupin", Allergen.LUPIN),
            Map.entry("en:molluscs", Allergen.MOLLUSCS));

    private AllergenEvaluation() {}

    static void run(Reader csv, PrintStream out, boolean showErrors) {
        AllergenDetector detector = new AllergenDetector(IngredientLexicon.standard());
        List<Csv.Record> records = Csv.read(csv);
        List<String> header = records.get(0).fields();
        int tagsColumn = header.indexOf("allergens_tags");
        int textColumn = header.indexOf("ingredients_text");
        int codeColumn = header.indexOf("code");
        if (tagsColumn < 0 || textColumn < 0) {
            throw new IllegalArgumentException("Expected the columns allergens_tags and ingredients_text");
        }
        Map<Allergen, int[]> counts = new EnumMap<>(Allergen.class); // true positives, false positives, false negatives
        for (Allergen a : Allergen.values()) {
            counts.put(a, new int[3]);
        }
        Map<String, Integer> unscoredTags = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int evaluated = 0;
        int withoutText = 0;
        int unsupported = 0;
        for (Csv.Record record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            String text = field(f, textColumn);
            if (text.isBlank()) {
                withoutText++;
                continue;
            }
            String language = Language.guess(text);
            languages.merge(language, 1, Integer::sum);
            if (!Language.SUPPORTED.contains(language)) {
                unsupported++;
                continue;
            }
            evaluated++;
            Set<Allergen> expected = EnumSet.noneOf(Allergen.class);
            for (String tag : field(f, tagsColumn).split(",")) {
                String t = tag.strip();
                if (t.isEmpty()) {
                    continue;
                }
                Optional.ofNullable(OFF_TAGS.get(t))
                        .ifPresentOrElse(expected::add, () -> unscoredTags.merge(t, 1, Integer::sum));
            }
            Detection detection = detector.detect(text);
            Set<Allergen> found = detection.containsAllergens();
            for (Allergen a : Allergen.values()) {
                boolean e = expected.contains(a);
                boolean g = found.contains(a);
                if (e && g) {
                    counts.get(a)[0]++;
                } else if (g) {
                    counts.get(a)[1]++;
                    errors.add("FP " + a.code() + " " + field(f, codeColumn) + " (" + detection.evidence(a) + "): "
                            + abbreviate(text));
                } else if (e) {
                    counts.get(a)[2]++;
                    errors.add("FN " + a.code() + " " + field(f, codeColumn) + ": " + abbreviate(text));
                }
            }
        }
        out.println("Allergen detection against Open Food Facts allergens_tags");
        out.println("products: " + (records.size() - 1) + ", without ingredients text: " + withoutText
                + ", in an unsupported language: " + unsupported + ", evaluated: " + evaluated);
        out.println("languages (by stop words): " + languages);
        out.printf(Locale.ROOT, "%-12s %5s %5s %5s %9s %7s%n", "allergen", "tp", "fp", "fn", "precision", "recall");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<Allergen, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            if (c[0] + c[1] + c[2] > 0) {
                out.printf(
                        Locale.ROOT,
                        "%-12s %5d %5d %5d %9.3f %7.3f%n",
                        e.getKey().code(),
                        c[0],
                        c[1],
                        c[2],
                        ratio(c[0], c[0] + c[1]),
                        ratio(c[0], c[0] + c[2]));
            }
        }
        out.println("tags outside the EU 14, not scored: " + unscoredTags);
        if (showErrors) {
            errors.forEach(e -> out.println("  " + e));
        }
        out.printf(
                Locale.ROOT,
                "result method=grassroots products=%d precision=%.4f recall=%.4f%n",
                evaluated,
                ratio(tp, tp + fp),
                ratio(tp, tp + fn));
    }

    private static String field(List<String> fields, int column) {
        return column < fields.size() ? fields.get(column) : "";
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    /**
     * A stop-word guess at the language of an ingredient list. Short lists with no stop word
     * ("Celery") count as supported: they are single ingredient names.
     */
    static final class Language {
        static final Set<String> SUPPORTED = Set.of("en", "fr", "de", "es", "unknown");

        private static final Map<String, Set<String>> STOP_WORDS = Map.of(
                "en", Set.of("and", "of", "with", "from", "contains", "less", "or"),
                "fr", Set.of("et", "de", "du", "des", "le", "la", "avec", "contient"),
                "de", Set.of("und", "mit", "aus", "enthalt", "kann", "von"),
                "es", Set.of("y", "con", "del", "el", "contiene", "puede"),
                "it", Set.of("e", "di", "con", "della", "contiene", "il"),
                "nl", Set.of("en", "van", "met", "bevat", "het"),
                "pt", Set.of("e", "de", "com", "do", "da", "contem"));

        private static final Pattern WORD = Pattern.compile("\\p{L}+");

        static String guess(String text) {
            Map<String, Integer> hits = new TreeMap<>();
            Matcher m = WORD.matcher(
                    java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                            .replaceAll("\\p{M}+", ""));
            while (m.find()) {
                String w = m.group();
                STOP_WORDS.forEach((language, words) -> {
                    if (words.contains(w)) {
                        hits.merge(language, 1, Integer::sum);
                    }
                });
            }
            return hits.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse("unknown");
        }
    }
}
