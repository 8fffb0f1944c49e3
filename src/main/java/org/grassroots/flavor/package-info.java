/**
 * The Flavor Generator: ingredient–compound data, pairing scores from flavor chemistry and from
 * recipes, and generated ingredient combinations.
 */
@ApplicationModule(
        displayName = "Flavor",
        allowedDependencies = {"common"})
package org.grassroots.flavor;

import org.springframework.modulith.ApplicationModule;
