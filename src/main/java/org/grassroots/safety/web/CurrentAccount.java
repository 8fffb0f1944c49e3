package org.grassroots.safety.web;

import java.util.Optional;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.network.NetworkApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The signed-in user, and the producer they act for on the safety declaration pages and API. */
@Component
class CurrentAccount {

    private final IdentityApi identity;
    private final NetworkApi network;

    CurrentAccount(IdentityApi identity, NetworkApi network) {
        this.identity = identity;
        this.network = network;
    }

    /** The signed-in user, if any. */
    Optional<UserId> signedIn() {
        return identity.currentUserId();
    }

    UserId user() {
        return signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    EnterpriseId producer() {
        return network.producerFor(user())
                .orElseThrow(() -> new AccessDeniedException("Not a producer"))
                .id();
    }
}
