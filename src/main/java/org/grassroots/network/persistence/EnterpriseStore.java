package org.grassroots.network.persistence;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.SearchText;
import org.grassroots.common.UserId;
import org.grassroots.network.Enterprise;
import org.grassroots.network.EnterpriseKind;
import org.grassroots.network.NewEnterprise;
import org.grassroots.network.ProducerType;
import org.grassroots.platform.ReadCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for enterprises, members and sales permissions.
 *
 * <p>Enterprises are read by id and slug on every shop page, and searched by producer name on every
 * shop search; they never change once registered, so those reads are cached. A registration on
 * this node clears the caches (lookups that found nothing are cached too); one on another node
 * shows here within {@link #FRESH}.
 */
@Repository
public class EnterpriseStore {

    private static final String COLUMNS = "e.id, e.slug, e.kind, e.producer_type, e.name, e.place, e.latitude, "
            + "e.longitude, e.story, e.practices, e.certifications";

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ReadCache<EnterpriseId, Optional<Enterprise>> byId;
    private final ReadCache<String, Optional<Enterprise>> bySlug;
    private final ReadCache<Set<EnterpriseId>, Map<EnterpriseId, Enterprise>> byIds;
    private final ReadCache<String, Set<EnterpriseId>> producersMatching;

    EnterpriseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.byId = ReadCache.of(cache(), id -> one("e.id = ?", id.value()));
        this.bySlug = ReadCache.of(cache(), slug -> one("e.slug = ?", slug));
        this.byIds = ReadCache.of(cache(), this::loadAll);
        this.producersMatching = ReadCache.of(cache(), this::loadProducersMatching);
    }

    private static Caffeine<Object, Object> cache() {
        return Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000);
    }

    public Enterprise insert(NewEnterprise e) {
        long id = jdbc.sql("""
                        insert into enterprise (slug, kind, producer_type, name, place, latitude, longitude,
                                                story, practices, certifications)
                        values (:slug, :kind, :producerType, :name, :place, :latitude, :longitude,
                                :story, :practices, :certifications)
                        returning id""")
                .param("slug", e.slug())
                .param("kind", e.kind().name())
                .param(
                        "producerType",
                        e.producerType() == null ? null : e.producerType().name())
                .param("name", e.name())
                .param("place", e.place())
                .param("latitude", e.location().latitude())
                .param("longitude", e.location().longitude())
                .param("story", e.story())
                .param("practices", e.practices().toArray(String[]::new))
                .param("certifications", e.certifications().toArray(String[]::new))
                .query(Long.class)
                .single();
        ReadCache.clearNowAndAfterCommit(byId, bySlug, byIds, producersMatching);
        return one("e.id = ?", id).orElseThrow();
    }

    public void permit(EnterpriseId producer, EnterpriseId seller) {
        jdbc.sql("insert into sales_permission (producer_id, seller_id) values (?, ?) on conflict do nothing")
                .params(producer.value(), seller.value())
                .update();
    }

    public void revoke(EnterpriseId producer, EnterpriseId seller) {
        jdbc.sql("delete from sales_permission where producer_id = ? and seller_id = ?")
                .params(producer.value(), seller.value())
                .update();
    }

    public List<Enterprise> findSellersPermittedBy(EnterpriseId producer) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e join sales_permission p on p.seller_id = e.id "
                        + "where p.producer_id = ? order by e.name")
                .param(producer.value())
                .query(EnterpriseStore::map)
                .list();
    }

    public void addMember(EnterpriseId enterprise, UserId user) {
        jdbc.sql("insert into enterprise_member (enterprise_id, user_id) values (?, ?) on conflict do nothing")
                .params(enterprise.value(), user.value())
                .update();
    }

    public Optional<Enterprise> findById(EnterpriseId id) {
        return byId.get(id);
    }

    public Optional<Enterprise> findBySlug(String slug) {
        return bySlug.get(slug);
    }

    private Optional<Enterprise> one(String condition, Object value) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where " + condition)
                .param(value)
                .query(EnterpriseStore::map)
                .optional();
    }

    public List<Enterprise> findByKind(EnterpriseKind kind) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.kind = ? order by e.name")
                .param(kind.name())
                .query(EnterpriseStore::map)
                .list();
    }

    public List<Enterprise> findProducersPermitting(EnterpriseId seller) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e join sales_permission p on p.producer_id = e.id "
                        + "where p.seller_id = ? order by e.name")
                .param(seller.value())
                .query(EnterpriseStore::map)
                .list();
    }

    public List<Enterprise> findByMember(UserId user) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e join enterprise_member m on m.enterprise_id = e.id "
                        + "where m.user_id = ? order by e.name")
                .param(user.value())
                .query(EnterpriseStore::map)
                .list();
    }

    public Set<EnterpriseId> searchProducers(String text) {
        return new SearchText(text).prefixQuery().map(producersMatching::get).orElse(Set.of());
    }

    private Set<EnterpriseId> loadProducersMatching(String prefixQuery) {
        return Set.copyOf(jdbc.sql("select id from enterprise where kind = 'PRODUCER' "
                        + "and to_tsvector('english', name) @@ to_tsquery('english', ?)")
                .param(prefixQuery)
                .query((rs, row) -> new EnterpriseId(rs.getLong(1)))
                .list());
    }

    public Map<EnterpriseId, Enterprise> findAll(Collection<EnterpriseId> ids) {
        return byIds.get(Set.copyOf(ids));
    }

    private Map<EnterpriseId, Enterprise> loadAll(Set<EnterpriseId> ids) {
        Map<EnterpriseId, Enterprise> byId = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from enterprise e where e.id = any(?)")
                .param(ids.stream().map(EnterpriseId::value).toArray(Long[]::new))
                .query(EnterpriseStore::map)
                .list()
                .forEach(e -> byId.put(e.id(), e));
        return Map.copyOf(byId);
    }

    public long count() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        String producerType = rs.getString("producer_type");
        return new Enterprise(
                new EnterpriseId(rs.getLong("id")),
                rs.getString("slug"),
                EnterpriseKind.valueOf(rs.getString("kind")),
                producerType == null ? null : ProducerType.valueOf(producerType),
                rs.getString("name"),
                rs.getString("place"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getString("story"),
                strings(rs.getArray("practices")),
                strings(rs.getArray("certifications")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
