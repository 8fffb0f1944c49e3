/**
 * Supply planning: demand history from the market's orders, forecasts per product and cycle, a
 * guard against bad demand signals, lots and markdowns, and the waste log.
 */
@ApplicationModule(
        displayName = "Supply",
        allowedDependencies = {"common", "platform", "market", "catalog", "network"})
package org.grassroots.supply;

import org.springframework.modulith.ApplicationModule;
