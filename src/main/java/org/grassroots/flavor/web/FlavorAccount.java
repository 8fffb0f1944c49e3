package org.grassroots.flavor.web;

import java.util.Optional;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who is asking and where: the signed-in user, the producer they act for, the shop in the path. */
@Component
class FlavorAccount {

    private final IdentityApi identity;
    private final NetworkApi network;

    FlavorAccount(IdentityApi identity, NetworkApi network) {
        this.identity = identity;
        this.network = network;
    }

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

    /** The shop (hub, shop or co-op) with this slug; a 404 otherwise. */
    Enterprise shop(String slug) {
        return network.findBySlug(slug)
                .filter(e -> e.kind().sells())
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no shop called " + slug));
    }
}
