package org.grassroots.flavor;

import java.util.List;
import org.grassroots.market.Cycle;

/**
 * The Flavor Generator's answer: the combinations, and the ingredients left out for the household
 * with the reason.
 *
 * @param seeds the seed ingredients, by name
 * @param excluded for each reason (such as "Sam avoids milk"), the ingredients it leaves out
 */
public record FlavorIdeas(
        Cycle cycle, List<String> seeds, List<FlavorCombination> combinations, List<Exclusion> excluded) {

    public FlavorIdeas {
        seeds = List.copyOf(seeds);
        combinations = List.copyOf(combinations);
        excluded = List.copyOf(excluded);
    }

    /** @param total how many ingredients the reason leaves out; {@code examples} names the most used */
    public record Exclusion(String reason, int total, List<String> examples) {}
}
