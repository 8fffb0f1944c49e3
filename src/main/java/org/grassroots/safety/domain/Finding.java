package org.grassroots.safety.domain;

/**
 * One thing found in a product's ingredients: what it is made from and the words that say so.
 *
 * @param term the ingredient words as found, normalised (lower case, no accents)
 */
public record Finding(Source source, String term) {}
