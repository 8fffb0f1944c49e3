/**
 * Supply planning: demand forecasts per product and cycle, a guard against bad demand signals,
 * lots, markdowns and the waste log.
 */
@ApplicationModule(
        displayName = "Supply",
        allowedDependencies = {"common"})
package org.grassroots.supply;

import org.springframework.modulith.ApplicationModule;
