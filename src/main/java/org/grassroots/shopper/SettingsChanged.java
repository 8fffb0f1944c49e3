package org.grassroots.shopper;

import org.grassroots.common.UserId;

/**
 * A shopper turned suggestions on or off or deleted their profile; the hubs' models are learned
 * again once that has committed, from the new settings.
 */
record SettingsChanged(UserId shopper) {}
