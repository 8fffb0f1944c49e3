package org.grassroots.safety;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The 14 allergens that EU Regulation 1169/2011 (Annex II) requires to be emphasised, each mapped
 * to the US major food allergens of FALCPA and the FASTER Act that cover it.
 */
public enum Allergen {
    GLUTEN("Cereals containing gluten", "wheat, rye, barley, oats, spelt, kamut", EnumSet.of(UsAllergen.WHEAT)),
    CRUSTACEANS("Crustaceans", "prawns, crabs, lobsters, crayfish", EnumSet.of(UsAllergen.CRUSTACEAN_SHELLFISH)),
    EGGS("Eggs", "", EnumSet.of(UsAllergen.EGGS)),
    FISH("Fish", "", EnumSet.of(UsAllergen.FISH)),
    PEANUTS("Peanuts", "", EnumSet.of(UsAllergen.PEANUTS)),
    SOYBEANS("Soybeans", "", EnumSet.of(UsAllergen.SOYBEANS)),
    MILK("Milk", "including lactose", EnumSet.of(UsAllergen.MILK)),
    TREE_NUTS(
            "Nuts",
            "almonds, hazelnuts, walnuts, cashews, pecans, Brazil nuts, pistachios, macadamia",
            EnumSet.of(UsAllergen.TREE_NUTS)),
    CELERY("Celery", "including celeriac", EnumSet.noneOf(UsAllergen.class)),
    MUSTARD("Mustard", "", EnumSet.noneOf(UsAllergen.class)),
    SESAME("Sesame seeds", "", EnumSet.of(UsAllergen.SESAME)),
    SULPHITES("Sulphur dioxide and sulphites", "over 10 mg/kg", EnumSet.noneOf(UsAllergen.class)),
    LUPIN("Lupin", "", EnumSet.noneOf(UsAllergen.class)),
    MOLLUSCS("Molluscs", "mussels, oysters, squid, snails", EnumSet.noneOf(UsAllergen.class));

    private final String label;
    private final String covers;
    private final Set<UsAllergen> us;

    Allergen(String label, String covers, Set<UsAllergen> us) {
        this.label = label;
        this.covers = covers;
        this.us = us;
    }

    public String label() {
        return label;
    }

    /** What the regulation lists under this heading; blank when the label says it all. */
    public String covers() {
        return covers;
    }

    /**
     * The US major allergens under the same heading. Gluten maps to wheat only: rye, barley and
     * oats are not US major allergens. Celery, mustard, sulphites, lupin and molluscs have no US
     * counterpart.
     */
    public Set<UsAllergen> usMajor() {
        return us;
    }

    /** The lower-case code used in URLs, forms, the API and storage, e.g. {@code tree-nuts}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Allergen> fromCode(String code) {
        for (Allergen a : values()) {
            if (a.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
