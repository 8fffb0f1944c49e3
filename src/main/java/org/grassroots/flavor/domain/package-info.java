/** Flavor chemistry and recipe statistics in plain Java: no Spring, no SQL; dense int ingredient ids. */
@NamedInterface("domain")
package org.grassroots.flavor.domain;

import org.springframework.modulith.NamedInterface;
