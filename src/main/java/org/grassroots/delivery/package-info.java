/**
 * Delivery planning: the hub's fleet of vans, cargo bikes and drones, routes for a cycle's delivery
 * orders solved by Timefold, route sheets, and dispatch.
 */
@ApplicationModule(
        displayName = "Delivery",
        allowedDependencies = {"common", "platform", "market", "catalog", "network"})
package org.grassroots.delivery;

import org.springframework.modulith.ApplicationModule;
