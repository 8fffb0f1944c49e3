/**
 * Vehicle routing with time windows in plain Java for Timefold Solver: no Spring, no SQL. Locations
 * are indices into a {@link org.grassroots.delivery.domain.TravelMatrix}; times and distances are
 * whole ticks (seconds in the application, millionths of a unit for Solomon instances).
 */
@NamedInterface("domain")
package org.grassroots.delivery.domain;

import org.springframework.modulith.NamedInterface;
