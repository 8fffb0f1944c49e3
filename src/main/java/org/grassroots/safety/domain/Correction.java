package org.grassroots.safety.domain;

import org.grassroots.safety.Allergen;

/**
 * A producer's correction of a detection: the product does (or does not) contain an allergen,
 * for the reason given. Corrections are kept; the newest one per allergen applies.
 */
public record Correction(Allergen allergen, boolean present, String reason) {}
