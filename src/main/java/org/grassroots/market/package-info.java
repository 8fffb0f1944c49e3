/**
 * Order cycles, the shopfront, cart, checkout, orders, stock and customer credit.
 */
@ApplicationModule(
        displayName = "Market",
        allowedDependencies = {"common", "platform", "identity", "network", "catalog", "safety"})
package org.grassroots.market;

import org.springframework.modulith.ApplicationModule;
