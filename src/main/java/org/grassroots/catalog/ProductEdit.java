package org.grassroots.catalog;

/**
 * The describing fields of a product that its producer can change.
 *
 * @param ingredients as printed on the label; blank for a single-ingredient food
 */
public record ProductEdit(
        String name,
        String category,
        String description,
        String ingredients,
        String storage,
        Integer shelfLifeDays,
        Season season) {}
