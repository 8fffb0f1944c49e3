package org.grassroots.network;

import java.util.Optional;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, and the enterprise they act for: what every module's
 * pages and API ask first. A missing user or role is an {@link AccessDeniedException}, which sends a
 * visitor to the login page and an API client a 401 or 403.
 */
@Component
public class CurrentAccount {

    private final IdentityApi identity;
    private final NetworkApi network;

    CurrentAccount(IdentityApi identity, NetworkApi network) {
        this.identity = identity;
        this.network = network;
    }

    public Optional<UserId> signedIn() {
        return identity.currentUserId();
    }

    public UserId user() {
        return signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** The producer the user works for. */
    public Enterprise producer() {
        return network.producerFor(user()).orElseThrow(() -> new AccessDeniedException("Not a producer"));
    }

    /** The hub, shop or co-op the user manages. */
    public Enterprise seller() {
        return network.sellerFor(user()).orElseThrow(() -> new AccessDeniedException("Not a hub manager"));
    }
}
