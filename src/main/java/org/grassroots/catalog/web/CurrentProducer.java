package org.grassroots.catalog.web;

import org.grassroots.identity.IdentityApi;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The producer the signed-in user acts for; every producer page and API call is scoped to it. */
@Component
class CurrentProducer {

    private final IdentityApi identity;
    private final NetworkApi network;

    CurrentProducer(IdentityApi identity, NetworkApi network) {
        this.identity = identity;
        this.network = network;
    }

    Enterprise get() {
        return identity.currentUserId()
                .flatMap(network::producerFor)
                .orElseThrow(() -> new AccessDeniedException("Not a producer"));
    }
}
