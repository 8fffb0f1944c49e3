package org.grassroots.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What someone typed into a search box. */
public record SearchText(String text) {

    private static final int MAX_WORDS = 8;

    /**
     * A PostgreSQL {@code tsquery} in which every word may be a prefix ("chew val" finds Chew Valley),
     * built from letters and digits only so it can never be a syntax error. Empty when nothing
     * searchable is left.
     */
    public Optional<String> prefixQuery() {
        if (text == null) {
            return Optional.empty();
        }
        String terms = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank())
                .limit(MAX_WORDS)
                .map(w -> w + ":*")
                .collect(Collectors.joining(" & "));
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms);
    }
}
