package org.grassroots.safety;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a producer has declared about one product beyond its ingredients text.
 *
 * @param corrections every correction of a detected allergen, newest first; the newest per
 *     allergen applies, the older ones are the history
 */
public record Declarations(Set<Allergen> traces, Set<Claim> claims, List<Corrected> corrections) {

    /** One correction as it was made: the product does (or does not) contain the allergen, and why. */
    public record Corrected(Allergen allergen, boolean present, String reason, Instant at) {}
}
