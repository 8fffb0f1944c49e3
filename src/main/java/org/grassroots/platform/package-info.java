/**
 * Technical foundations shared by every module: the embedded database, error pages and
 * problem details, and startup reporting. Holds no business logic.
 */
@ApplicationModule(displayName = "Platform")
package org.grassroots.platform;

import org.springframework.modulith.ApplicationModule;
