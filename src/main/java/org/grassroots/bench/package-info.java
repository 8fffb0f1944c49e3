/**
 * Benchmarks: documented commands that load data, drive the running application over HTTP and
 * print numbers. Not tests; nothing here runs in the test suite.
 */
@ApplicationModule(
        displayName = "Benchmarks",
        allowedDependencies = {"common", "identity", "network", "catalog", "market"})
package org.grassroots.bench;

import org.springframework.modulith.ApplicationModule;
