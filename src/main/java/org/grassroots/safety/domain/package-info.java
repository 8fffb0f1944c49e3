/**
 * Pure rules and algorithms, free of Spring and SQL. Exposed as a named interface so that the
 * command-line evaluations ({@code eval …}) can run them without starting the application.
 */
@NamedInterface("domain")
package org.grassroots.safety.domain;

import org.springframework.modulith.NamedInterface;
