/**
 * Small shared value types: money, geography and the ids that modules use to refer to each
 * other's aggregates. No services live here.
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
package org.grassroots.common;

import org.springframework.modulith.ApplicationModule;
