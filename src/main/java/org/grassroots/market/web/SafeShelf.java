package org.grassroots.market.web;

import java.util.Set;
import org.grassroots.common.ProductId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.safety.SafetyApi;
import org.springframework.stereotype.Component;

/** The "safe for my household" filter: which products the signed-in shopper's household must not see. */
@Component
class SafeShelf {

    private final IdentityApi identity;
    private final SafetyApi safety;

    SafeShelf(IdentityApi identity, SafetyApi safety) {
        this.identity = identity;
        this.safety = safety;
    }

    Set<ProductId> unsafeFor(ShopFilters filters) {
        if (!filters.safeOnly()) {
            return Set.of();
        }
        return identity.currentUserId().map(safety::unsafeProducts).orElse(Set.of());
    }
}
