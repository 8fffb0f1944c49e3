package org.grassroots.shopper;

import org.grassroots.catalog.Variant;
import org.grassroots.network.Enterprise;

/**
 * A product the personal shopper suggests, as the pack it would be bought in (the household's
 * usual pack, else the cheapest in stock), with its producer and the reasons.
 */
public record Suggestion(Variant variant, Enterprise producer, Why why) {}
