package org.grassroots.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;
import org.grassroots.network.persistence.EnterpriseStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's facade: enterprises, their people and their sales permissions. Lookups of
 * enterprises by id and slug, and searches of producers by name, are served from memory (see
 * {@link EnterpriseStore}) and open no transaction.
 */
@Service
public class NetworkApi {

    private final EnterpriseStore store;

    NetworkApi(EnterpriseStore store) {
        this.store = store;
    }

    @Transactional
    public Enterprise register(NewEnterprise enterprise) {
        return store.insert(enterprise);
    }

    /** Lets {@code seller} (a hub, shop or co-op) sell the products of {@code producer}. */
    @Transactional
    public void permitSales(EnterpriseId producer, EnterpriseId seller) {
        store.permit(producer, seller);
    }

    /** Withdraws a seller's permission; orders already placed stay as they are. */
    @Transactional
    public void revokeSales(EnterpriseId producer, EnterpriseId seller) {
        store.revoke(producer, seller);
    }

    /** The hubs, shops and co-ops a producer lets sell its products. */
    @Transactional(readOnly = true)
    public List<Enterprise> sellersOf(EnterpriseId producer) {
        return store.findSellersPermittedBy(producer);
    }

    @Transactional
    public void addMember(EnterpriseId enterprise, UserId user) {
        store.addMember(enterprise, user);
    }

    public Optional<Enterprise> find(EnterpriseId id) {
        return store.findById(id);
    }

    public Optional<Enterprise> findBySlug(String slug) {
        return store.findBySlug(slug);
    }

    /** The hub, shop or co-op with this slug; empty for any other enterprise. */
    public Optional<Enterprise> findSeller(String slug) {
        return store.findBySlug(slug).filter(e -> e.kind().sells());
    }

    /** All enterprises of one kind, by name. */
    @Transactional(readOnly = true)
    public List<Enterprise> list(EnterpriseKind kind) {
        return store.findByKind(kind);
    }

    /** Every hub, then every co-op, then every shop, each by name: everyone who sells to households. */
    @Transactional(readOnly = true)
    public List<Enterprise> sellers() {
        return Stream.of(EnterpriseKind.HUB, EnterpriseKind.COOP, EnterpriseKind.SHOP)
                .flatMap(kind -> store.findByKind(kind).stream())
                .toList();
    }

    /** The producers whose products {@code seller} may sell, by name. */
    @Transactional(readOnly = true)
    public List<Enterprise> producersSellingThrough(EnterpriseId seller) {
        return store.findProducersPermitting(seller);
    }

    /** The enterprises a user acts for. */
    @Transactional(readOnly = true)
    public List<Enterprise> enterprisesOf(UserId user) {
        return store.findByMember(user);
    }

    /** Producers whose name matches the words of {@code text} (prefixes count: "chew val"). */
    public Set<EnterpriseId> searchProducers(String text) {
        return store.searchProducers(text);
    }

    /** The producer a user acts for, if any. */
    @Transactional(readOnly = true)
    public Optional<Enterprise> producerFor(UserId user) {
        return store.findByMember(user).stream()
                .filter(e -> e.kind() == EnterpriseKind.PRODUCER)
                .findFirst();
    }

    /** The hub, shop or co-op a user manages, if any. */
    @Transactional(readOnly = true)
    public Optional<Enterprise> sellerFor(UserId user) {
        return store.findByMember(user).stream().filter(e -> e.kind().sells()).findFirst();
    }

    /** Enterprises by id; unknown ids are left out. */
    public Map<EnterpriseId, Enterprise> findAll(Collection<EnterpriseId> ids) {
        return store.findAll(ids);
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }
}
