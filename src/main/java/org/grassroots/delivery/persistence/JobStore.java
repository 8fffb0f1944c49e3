package org.grassroots.delivery.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;
import org.grassroots.delivery.application.DeliveryJob;
import org.grassroots.market.CycleId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for solving jobs and the stops of their plans. */
@Repository
public class JobStore {

    private static final String JOB_COLUMNS = "id, hub_id, cycle_id, status, seconds_limit, service_minutes, "
            + "started_at, updated_at, finished_at, score, orders, unserved, vehicles_used, distance_m, "
            + "travel_seconds, error, stop_requested from delivery_job";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JobStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A stop of a plan: on a vehicle at a position with an ETA, or unserved (with the reason once known). */
    public record StopRow(
            long orderId,
            Long vehicleId,
            Integer position,
            Instant eta,
            BigDecimal weightKg,
            String unservedReason,
            Instant dispatchedAt) {}

    /** What a solution achieved. */
    public record Totals(String score, int unserved, int vehiclesUsed, long distanceM, long travelSeconds) {}

    public long insert(
            EnterpriseId hub, CycleId cycle, int secondsLimit, int serviceMinutes, int orders, UserId by, Instant now) {
        return jdbc.sql("insert into delivery_job (hub_id, cycle_id, status, seconds_limit, service_minutes, "
                        + "started_at, updated_at, orders, started_by) values (?, ?, 'SOLVING', ?, ?, ?, ?, ?, ?) "
                        + "returning id")
                .params(
                        hub.value(),
                        cycle.value(),
                        secondsLimit,
                        serviceMinutes,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        orders,
                        by.value())
                .query(Long.class)
                .single();
    }

    public void insertStops(long job, List<StopRow> stops) {
        template.batchUpdate(
                "insert into delivery_stop (job_id, order_id, weight_kg) values (?, ?, ?)",
                stops.stream()
                        .map(s -> new Object[] {job, s.orderId(), s.weightKg()})
                        .toList());
    }

    /** Records a better solution: the job's totals and where every stop now is. */
    public void progress(long job, Totals totals, List<StopRow> stops, Instant now) {
        jdbc.sql("update delivery_job set score = ?, unserved = ?, vehicles_used = ?, distance_m = ?, "
                        + "travel_seconds = ?, updated_at = ? where id = ?")
                .params(
                        totals.score(),
                        totals.unserved(),
                        totals.vehiclesUsed(),
                        totals.distanceM(),
                        totals.travelSeconds(),
                        Timestamp.from(now),
                        job)
                .update();
        template.batchUpdate(
                "update delivery_stop set vehicle_id = ?, position = ?, eta = ?, unserved_reason = ? "
                        + "where job_id = ? and order_id = ?",
                stops.stream()
                        .map(s -> new Object[] {
                            s.vehicleId(),
                            s.position(),
                            s.eta() == null ? null : Timestamp.from(s.eta()),
                            s.unservedReason(),
                            job,
                            s.orderId()
                        })
                        .toList());
    }

    /** Ends a job: STOPPED if someone asked it to stop, else FINISHED. */
    public void finish(long job, Instant now) {
        jdbc.sql("update delivery_job set status = case when stop_requested then 'STOPPED' else 'FINISHED' end, "
                        + "finished_at = ?, updated_at = ? where id = ? and status = 'SOLVING'")
                .params(Timestamp.from(now), Timestamp.from(now), job)
                .update();
    }

    public void fail(long job, String error, Instant now) {
        jdbc.sql("update delivery_job set status = 'FAILED', error = ?, finished_at = ?, updated_at = ? where id = ?")
                .params(error, Timestamp.from(now), Timestamp.from(now), job)
                .update();
    }

    /** @return false when the job is not solving (any more) */
    public boolean requestStop(EnterpriseId hub, long job) {
        return jdbc.sql("update delivery_job set stop_requested = true where hub_id = ? and id = ? "
                                + "and status = 'SOLVING'")
                        .params(hub.value(), job)
                        .update()
                == 1;
    }

    public Optional<DeliveryJob> find(EnterpriseId hub, long job) {
        return jdbc.sql("select " + JOB_COLUMNS + " where hub_id = ? and id = ?")
                .params(hub.value(), job)
                .query(JobStore::job)
                .optional();
    }

    public Optional<DeliveryJob> latest(EnterpriseId hub, CycleId cycle) {
        return jdbc.sql("select " + JOB_COLUMNS + " where hub_id = ? and cycle_id = ? order by id desc limit 1")
                .params(hub.value(), cycle.value())
                .query(JobStore::job)
                .optional();
    }

    /** Jobs left SOLVING by a node that stopped: nothing has updated them for the given time. */
    public int abandon(Instant updatedBefore, Instant now) {
        return jdbc.sql(
                        "update delivery_job set status = 'FAILED', error = 'interrupted: the node solving it stopped', "
                                + "finished_at = ? where status = 'SOLVING' and updated_at < ?")
                .params(Timestamp.from(now), Timestamp.from(updatedBefore))
                .update();
    }

    public List<StopRow> stops(long job) {
        return jdbc.sql("select order_id, vehicle_id, position, eta, weight_kg, unserved_reason, dispatched_at "
                        + "from delivery_stop where job_id = ? order by vehicle_id nulls last, position, order_id")
                .param(job)
                .query((rs, row) -> new StopRow(
                        rs.getLong("order_id"),
                        rs.getObject("vehicle_id", Long.class),
                        rs.getObject("position", Integer.class),
                        instant(rs, "eta"),
                        rs.getBigDecimal("weight_kg"),
                        rs.getString("unserved_reason"),
                        instant(rs, "dispatched_at")))
                .list();
    }

    public void markDispatched(long job, List<Long> orders, Instant now) {
        template.batchUpdate(
                "update delivery_stop set dispatched_at = ? where job_id = ? and order_id = ?",
                orders.stream()
                        .map(o -> new Object[] {Timestamp.from(now), job, o})
                        .toList());
    }

    private static DeliveryJob job(ResultSet rs, int row) throws SQLException {
        return new DeliveryJob(
                rs.getLong("id"),
                new EnterpriseId(rs.getLong("hub_id")),
                new CycleId(rs.getLong("cycle_id")),
                DeliveryJob.Status.valueOf(rs.getString("status")),
                rs.getInt("seconds_limit"),
                rs.getInt("service_minutes"),
                instant(rs, "started_at"),
                instant(rs, "updated_at"),
                instant(rs, "finished_at"),
                rs.getString("score"),
                rs.getInt("orders"),
                rs.getObject("unserved", Integer.class),
                rs.getObject("vehicles_used", Integer.class),
                rs.getObject("distance_m", Long.class),
                rs.getObject("travel_seconds", Long.class),
                rs.getString("error"),
                rs.getBoolean("stop_requested"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
