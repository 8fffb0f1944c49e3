/**
 * The "Neoterica" demo market: producers around Bristol, hubs, a co-op, a catalog with USDA
 * nutrition, demo accounts for every role, and six months of simulated household orders.
 * Generated from a fixed seed on first start through the other modules' facades; never part of
 * the migrations.
 */
@ApplicationModule(
        displayName = "Demo market",
        allowedDependencies = {"common", "identity", "network", "catalog", "market"})
package org.grassroots.demo;

import org.springframework.modulith.ApplicationModule;
