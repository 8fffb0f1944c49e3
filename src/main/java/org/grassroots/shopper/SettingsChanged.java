package org.grassroots.shopper;

import org.grassroots.common.UserId;

/**
 * A shopper turned suggestions on or off or deleted their profile; the hubs' models are learned
 * again once the transaction that changed it has ended, so from the new settings.
 */
record SettingsChanged(UserId shopper) {}
