/**
 * Enterprises (producers, hubs, shops and co-ops), the people who act for them, and which
 * producers permit which hubs to sell their products.
 */
@ApplicationModule(
        displayName = "Network",
        allowedDependencies = {"common", "platform", "identity"})
package org.grassroots.network;

import org.springframework.modulith.ApplicationModule;
