/**
 * Users, roles and authentication: form login for people, hashed passwords, shopper
 * self-registration, and sessions kept in PostgreSQL.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "common")
package org.grassroots.identity;

import org.springframework.modulith.ApplicationModule;
