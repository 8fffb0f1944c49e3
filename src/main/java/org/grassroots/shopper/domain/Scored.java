package org.grassroots.shopper.domain;

/**
 * One recommended item and the parts of its score, so a suggestion can say why it was made.
 *
 * @param personal the household's own time-decayed purchase frequency of the item, 0 to 1
 * @param neighbours the same for the households whose baskets are most like this one's, 0 to 1
 * @param popularity the share of all households that bought it, 0 to 1
 * @param score what the ranking uses: the model's blend of the parts above
 */
public record Scored(int item, double score, double personal, double neighbours, double popularity) {}
