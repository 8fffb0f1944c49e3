package org.grassroots.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.grassroots.common.EnterpriseId;
import org.grassroots.delivery.application.FleetVehicle;
import org.grassroots.delivery.domain.VehicleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for a hub's vehicles. */
@Repository
public class FleetStore {

    private static final String COLUMNS =
            "id, name, kind, capacity_kg, speed_kmh, shift_start, shift_end, range_km from delivery_vehicle";

    private final JdbcClient jdbc;

    FleetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hub's vehicles in service, in the order they were added. */
    public List<FleetVehicle> active(EnterpriseId hub) {
        return jdbc.sql("select " + COLUMNS + " where hub_id = ? and not retired order by id")
                .param(hub.value())
                .query(FleetStore::vehicle)
                .list();
    }

    /** Any of the hub's vehicles, retired too (old plans name them). */
    public Optional<FleetVehicle> find(EnterpriseId hub, long id) {
        return jdbc.sql("select " + COLUMNS + " where hub_id = ? and id = ?")
                .params(hub.value(), id)
                .query(FleetStore::vehicle)
                .optional();
    }

    public boolean nameInUse(EnterpriseId hub, String name) {
        return jdbc.sql(
                                "select count(*) from delivery_vehicle where hub_id = ? and lower(name) = lower(?) and not retired")
                        .params(hub.value(), name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(EnterpriseId hub, FleetVehicle v) {
        return jdbc.sql("insert into delivery_vehicle (hub_id, name, kind, capacity_kg, speed_kmh, shift_start, "
                        + "shift_end, range_km) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        hub.value(),
                        v.name(),
                        v.kind().name(),
                        v.capacityKg(),
                        v.speedKmh(),
                        v.shiftStart(),
                        v.shiftEnd(),
                        v.rangeKm())
                .query(Long.class)
                .single();
    }

    public boolean retire(EnterpriseId hub, long id) {
        return jdbc.sql("update delivery_vehicle set retired = true where hub_id = ? and id = ? and not retired")
                        .params(hub.value(), id)
                        .update()
                == 1;
    }

    private static FleetVehicle vehicle(ResultSet rs, int row) throws SQLException {
        return new FleetVehicle(
                rs.getLong("id"),
                rs.getString("name"),
                VehicleKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("capacity_kg"),
                rs.getBigDecimal("speed_kmh"),
                rs.getObject("shift_start", LocalTime.class),
                rs.getObject("shift_end", LocalTime.class),
                rs.getBigDecimal("range_km"));
    }
}
