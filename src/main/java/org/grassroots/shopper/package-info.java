/**
 * The personal shopper: next-basket recommendations learned from each hub's orders, the shop's
 * Buy again and For you shelves, a whole basket for a budget, the reasons behind every
 * suggestion, and the shopper's control over what is learned.
 */
@ApplicationModule(
        displayName = "Shopper",
        allowedDependencies = {"common", "platform", "identity", "network", "catalog", "market", "safety"})
package org.grassroots.shopper;

import org.springframework.modulith.ApplicationModule;
