/**
 * Food safety: the allergen and diet taxonomy, detection from ingredients text, households and
 * their members' needs, the one policy that says whether a product is safe for a household (and
 * why not), and the Nutri-Score.
 */
@ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"common", "platform", "identity", "network", "catalog"})
package org.grassroots.safety;

import org.springframework.modulith.ApplicationModule;
