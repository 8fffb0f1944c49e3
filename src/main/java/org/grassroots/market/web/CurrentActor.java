package org.grassroots.market.web;

import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is asking: the signed-in user, and the hub or producer they act for. */
@Component
class CurrentActor {

    private final IdentityApi identity;
    private final NetworkApi network;

    CurrentActor(IdentityApi identity, NetworkApi network) {
        this.identity = identity;
        this.network = network;
    }

    UserId user() {
        return identity.currentUserId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    Enterprise hub() {
        return network.sellerFor(user()).orElseThrow(() -> new AccessDeniedException("Not a hub manager"));
    }

    Enterprise producer() {
        return network.producerFor(user()).orElseThrow(() -> new AccessDeniedException("Not a producer"));
    }
}
