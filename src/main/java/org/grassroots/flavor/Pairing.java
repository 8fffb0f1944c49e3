package org.grassroots.flavor;

import org.grassroots.catalog.Variant;
import org.grassroots.network.Enterprise;

/**
 * A local product that pairs well with another, and why.
 *
 * @param sharedCompounds how many flavor compounds the two ingredients share
 * @param recipes in how many known recipes they are cooked together
 */
public record Pairing(String ingredient, Variant pack, Enterprise producer, int sharedCompounds, int recipes) {}
