/**
 * Products and their sellable variants, units and unit prices, the category taxonomy, and
 * nutrition facts.
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"common", "platform", "identity", "network"})
package org.grassroots.catalog;

import org.springframework.modulith.ApplicationModule;
