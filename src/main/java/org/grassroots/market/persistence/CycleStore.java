package org.grassroots.market.persistence;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.FulfilmentKind;
import org.grassroots.market.FulfilmentOption;
import org.grassroots.market.HubFee;
import org.grassroots.market.NewCycle;
import org.grassroots.market.NewFulfilment;
import org.grassroots.platform.ReadCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for order cycles, their producers and their fulfilment options. */
@Repository
public class CycleStore {

    private static final String COLUMNS =
            "c.id, c.hub_id, c.name, c.opens_at, c.closes_at, c.fee_kind, c.fee_value, c.min_order_minor, c.currency";

    /**
     * Cycles change rarely and are read on every shop page and checkout. The cycles that have not
     * closed yet are kept for a few seconds and filtered by the clock at each read, so opening and
     * closing still happen on the second. This node's own inserts and early closes clear the cache.
     */
    private static final Duration FRESH = Duration.ofSeconds(10);

    private final ReadCache<Boolean, List<Cycle>> notClosed =
            ReadCache.of(Caffeine.newBuilder().expireAfterWrite(FRESH), all -> this.loadNotClosed());
    private final ReadCache<CycleId, Optional<Cycle>> byId =
            ReadCache.of(Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000), this::load);

    private final JdbcClient jdbc;

    CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CycleId insert(NewCycle cycle) {
        long id = jdbc.sql("""
                        insert into order_cycle (hub_id, name, opens_at, closes_at, fee_kind, fee_value,
                                                 min_order_minor, currency)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        cycle.hub().value(),
                        cycle.name(),
                        Timestamp.from(cycle.opensAt()),
                        Timestamp.from(cycle.closesAt()),
                        cycle.fee().kind().name(),
                        cycle.fee().value(),
                        cycle.minimumOrderMinor(),
                        cycle.currency())
                .query(Long.class)
                .single();
        for (EnterpriseId producer : cycle.producers()) {
            jdbc.sql("insert into cycle_producer (cycle_id, producer_id) values (?, ?)")
                    .params(id, producer.value())
                    .update();
        }
        for (NewFulfilment f : cycle.fulfilment()) {
            jdbc.sql("""
                            insert into fulfilment_option (cycle_id, kind, name, address, latitude, longitude,
                                window_starts_at, window_ends_at, radius_km, fee_minor)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            f.kind().name(),
                            f.name(),
                            f.address(),
                            f.location() == null ? null : f.location().latitude(),
                            f.location() == null ? null : f.location().longitude(),
                            Timestamp.from(f.windowStartsAt()),
                            Timestamp.from(f.windowEndsAt()),
                            f.radiusKm(),
                            f.feeMinor())
                    .update();
        }
        invalidate();
        return new CycleId(id);
    }

    /** Closes an open or upcoming cycle of the hub at {@code now}; false if it had already closed. */
    public boolean closeNow(EnterpriseId hub, CycleId cycle, Instant now) {
        boolean closed = jdbc.sql("update order_cycle set closes_at = :now, opens_at = least(opens_at, :now) "
                                + "where id = :id and hub_id = :hub and closes_at > :now")
                        .param("now", Timestamp.from(now))
                        .param("id", cycle.value())
                        .param("hub", hub.value())
                        .update()
                == 1;
        invalidate();
        return closed;
    }

    private void invalidate() {
        ReadCache.clearNowAndAfterCommit(notClosed, byId);
    }

    public Optional<Cycle> find(CycleId id) {
        return byId.get(id);
    }

    private Optional<Cycle> load(CycleId id) {
        return jdbc.sql("select " + COLUMNS + " from order_cycle c where c.id = ?")
                .param(id.value())
                .query(this::cycle)
                .optional();
    }

    /** The hub's cycle that is open at {@code now}, or else the next one to open. */
    public Optional<Cycle> currentOrNext(EnterpriseId hub, Instant now) {
        return notClosed.get(Boolean.TRUE).stream()
                .filter(c -> c.hub().equals(hub) && c.closesAt().isAfter(now))
                .min(Comparator.comparing(Cycle::opensAt));
    }

    /** Cycles open at {@code now}, of every hub. */
    public List<Cycle> openAt(Instant now) {
        return notClosed.get(Boolean.TRUE).stream()
                .filter(c -> !c.opensAt().isAfter(now) && c.closesAt().isAfter(now))
                .sorted(Comparator.comparing(Cycle::closesAt))
                .toList();
    }

    /** The cycles not closed by the database's clock; readers filter them again by {@code now}. */
    private List<Cycle> loadNotClosed() {
        return jdbc.sql("select " + COLUMNS + " from order_cycle c where c.closes_at > now() order by c.opens_at")
                .query(this::cycle)
                .list();
    }

    /** A hub's cycles, newest first. */
    public List<Cycle> ofHub(EnterpriseId hub, int limit) {
        return jdbc.sql("select " + COLUMNS + " from order_cycle c where c.hub_id = ? order by c.opens_at desc limit ?")
                .params(hub.value(), limit)
                .query(this::cycle)
                .list();
    }

    private Cycle cycle(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new Cycle(
                new CycleId(id),
                new EnterpriseId(rs.getLong("hub_id")),
                rs.getString("name"),
                rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(),
                producers(id),
                new HubFee(HubFee.Kind.valueOf(rs.getString("fee_kind")), rs.getLong("fee_value")),
                rs.getLong("min_order_minor"),
                rs.getString("currency"),
                options(List.of(id)).getOrDefault(id, List.of()));
    }

    private Set<EnterpriseId> producers(long cycleId) {
        return new HashSet<>(jdbc.sql("select producer_id from cycle_producer where cycle_id = ?")
                .param(cycleId)
                .query((rs, row) -> new EnterpriseId(rs.getLong(1)))
                .list());
    }

    private Map<Long, List<FulfilmentOption>> options(List<Long> cycleIds) {
        Map<Long, List<FulfilmentOption>> byCycle = new HashMap<>();
        jdbc.sql("select * from fulfilment_option where cycle_id = any(?) order by kind desc, window_starts_at, id")
                .param(cycleIds.toArray(Long[]::new))
                .query((rs, row) -> {
                    double latitude = rs.getDouble("latitude");
                    GeoPoint location = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("longitude"));
                    double radius = rs.getDouble("radius_km");
                    Double radiusKm = rs.wasNull() ? null : radius;
                    FulfilmentOption option = new FulfilmentOption(
                            rs.getLong("id"),
                            FulfilmentKind.valueOf(rs.getString("kind")),
                            rs.getString("name"),
                            rs.getString("address"),
                            location,
                            rs.getTimestamp("window_starts_at").toInstant(),
                            rs.getTimestamp("window_ends_at").toInstant(),
                            radiusKm,
                            rs.getLong("fee_minor"));
                    byCycle.computeIfAbsent(rs.getLong("cycle_id"), k -> new ArrayList<>())
                            .add(option);
                    return option;
                })
                .list();
        return byCycle;
    }
}
