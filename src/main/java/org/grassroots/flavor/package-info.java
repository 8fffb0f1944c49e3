/**
 * The Flavor Generator: ingredient–compound data, pairing scores from flavor chemistry and from
 * recipes, generated ingredient combinations turned into baskets of local products, and what each
 * catalog product is as a flavor ingredient.
 */
@ApplicationModule(
        displayName = "Flavor",
        allowedDependencies = {"common", "platform", "identity", "network", "catalog", "market", "safety"})
package org.grassroots.flavor;

import org.springframework.modulith.ApplicationModule;
