/** Forecasting and anomaly detection in plain Java: no Spring, no SQL; series are arrays of numbers. */
@NamedInterface("domain")
package org.grassroots.supply.domain;

import org.springframework.modulith.NamedInterface;
