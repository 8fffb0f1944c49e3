/**
 * The "Neoterica" demo market: producers around Bristol, hubs, a co-op, a catalog with USDA
 * nutrition, demo accounts for every role, six months of simulated household orders (with one
 * documented glitch for the anomaly guard), lots and a waste log.
 * Generated from a fixed seed on first start through the other modules' facades; never part of
 * the migrations.
 */
@ApplicationModule(
        displayName = "Demo market",
        allowedDependencies = {"common", "identity", "network", "catalog", "market", "supply"})
package org.grassroots.demo;

import org.springframework.modulith.ApplicationModule;
