/** The recommender in plain Java: no Spring, no SQL; dense int ids in, ranked ids and scores out. */
@NamedInterface("domain")
package org.grassroots.shopper.domain;

import org.springframework.modulith.NamedInterface;
