package org.grassroots.shopper.domain;

/**
 * One recommended item and the parts of its score, so a suggestion can say why it was made. The
 * parts add up to the score: nothing that ranks an item is left out.
 *
 * @param personal what the household's own time-decayed purchases of the item contribute
 * @param neighbours what the purchases of the households whose baskets are most like this one's
 *     contribute
 * @param popularity what the share of all households that bought it contributes
 * @param preference the caller's bonus on top, for example for local or in-season products
 * @param score what the ranking uses: the sum of the parts
 */
public record Scored(int item, double score, double personal, double neighbours, double popularity, double preference) {

    /** An item scored by the model alone, with no preference bonus. */
    static Scored of(int item, double personal, double neighbours, double popularity) {
        return new Scored(item, personal + neighbours + popularity, personal, neighbours, popularity, 0);
    }
}
