package org.grassroots.safety.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.UsAllergen;

/**
 * What an ingredient term says a food is made from, as far as allergens and diets care: a cereal
 * with gluten, milk, a tree nut, meat, honey, and so on. The lexicon maps words to sources; the
 * allergens and the diet rules follow from sources.
 */
public enum Source {
    WHEAT(Allergen.GLUTEN),
    /** Rye, barley, oats and their hybrids: gluten in the EU, not a US major allergen. */
    OTHER_GLUTEN_CEREAL(Allergen.GLUTEN),
    CRUSTACEAN(Allergen.CRUSTACEANS),
    EGG(Allergen.EGGS),
    FISH(Allergen.FISH),
    PEANUT(Allergen.PEANUTS),
    SOY(Allergen.SOYBEANS),
    MILK(Allergen.MILK),
    TREE_NUT(Allergen.TREE_NUTS),
    CELERY(Allergen.CELERY),
    MUSTARD(Allergen.MUSTARD),
    SESAME(Allergen.SESAME),
    SULPHITE(Allergen.SULPHITES),
    LUPIN(Allergen.LUPIN),
    MOLLUSC(Allergen.MOLLUSCS),
    MEAT(null),
    POULTRY(null),
    GELATIN(null),
    HONEY(null),
    /** Insects and what is made from them, such as carmine (E120). */
    INSECT(null);

    /** Sources that no vegan eats. */
    public static final Set<Source> ANIMAL =
            EnumSet.of(CRUSTACEAN, EGG, FISH, MILK, MOLLUSC, MEAT, POULTRY, GELATIN, HONEY, INSECT);

    /** Sources that come from killing an animal: no vegetarian eats them. */
    public static final Set<Source> SLAUGHTER = EnumSet.of(CRUSTACEAN, FISH, MOLLUSC, MEAT, POULTRY, GELATIN, INSECT);

    private final Allergen allergen;

    Source(Allergen allergen) {
        this.allergen = allergen;
    }

    public Optional<Allergen> allergen() {
        return Optional.ofNullable(allergen);
    }

    /** The US major allergens this source is: gluten cereals other than wheat are none. */
    public Set<UsAllergen> usMajor() {
        if (allergen == null || this == OTHER_GLUTEN_CEREAL) {
            return EnumSet.noneOf(UsAllergen.class);
        }
        return allergen.usMajor();
    }
}
