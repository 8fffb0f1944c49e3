package org.grassroots.safety;

import java.util.List;

/**
 * A Nutri-Score: the grade (A best to E), the score, and the points of each component that make it.
 *
 * @param proteinsCounted whether protein points were subtracted (they are not for most foods whose
 *     negative points reach 11, or 7 for fats, oils, nuts and seeds)
 */
public record NutriScore(
        char grade,
        int score,
        int negativePoints,
        int positivePoints,
        boolean proteinsCounted,
        NutriScoreCategory category,
        List<Component> components) {

    public NutriScore {
        components = List.copyOf(components);
    }

    /** Points of the component with this name; 0 if the rules for this food do not use it. */
    public int points(String name) {
        return components.stream()
                .filter(c -> c.name().equals(name))
                .mapToInt(Component::points)
                .findFirst()
                .orElse(0);
    }

    /**
     * One line of the breakdown, e.g. sugars 12.5 g giving 3 of 15 negative points.
     *
     * @param counted false for protein points that the rules leave out
     */
    public record Component(
            String name,
            String label,
            double value,
            String unit,
            int points,
            int maxPoints,
            boolean negative,
            boolean counted) {}
}
