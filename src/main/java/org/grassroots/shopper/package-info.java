/**
 * The personal shopper: next-basket recommendations learned from each household's orders, with
 * the score components that explain every suggestion.
 */
@ApplicationModule(
        displayName = "Shopper",
        allowedDependencies = {"common"})
package org.grassroots.shopper;

import org.springframework.modulith.ApplicationModule;
