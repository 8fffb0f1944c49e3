-- A hub's fleet. Vehicles are retired rather than deleted, so that old plans keep their names.
create table delivery_vehicle (
    id            bigserial primary key,
    hub_id        bigint        not null,
    name          text          not null,
    kind          text          not null check (kind in ('VAN', 'CARGO_BIKE', 'DRONE')),
    capacity_kg   numeric(8, 2) not null check (capacity_kg > 0), -- a drone: its payload per trip
    speed_kmh     numeric(5, 1) not null check (speed_kmh > 0),
    shift_start   time          not null,
    shift_end     time          not null check (shift_end > shift_start),
    range_km      numeric(6, 1) check (range_km > 0),             -- drones only: per round trip
    retired       boolean       not null default false,
    created_at    timestamptz   not null default now()
);
create unique index delivery_vehicle_name_uk on delivery_vehicle (hub_id, lower(name)) where not retired;

-- A solve of one cycle's deliveries: its progress while the solver runs, then its result. Any node can
-- read it; only the node that runs the solver writes to it while it is SOLVING.
create table delivery_job (
    id             bigserial primary key,
    hub_id         bigint      not null,
    cycle_id       bigint      not null,
    status         text        not null check (status in ('SOLVING', 'FINISHED', 'STOPPED', 'FAILED')),
    seconds_limit  integer     not null check (seconds_limit between 1 and 600),
    service_minutes integer    not null check (service_minutes between 0 and 120),
    started_at     timestamptz not null,
    updated_at     timestamptz not null,
    finished_at    timestamptz,
    score          text,
    orders         integer     not null,
    unserved       integer,
    vehicles_used  integer,
    distance_m     bigint,
    travel_seconds bigint,
    error          text,
    stop_requested boolean     not null default false,
    started_by     bigint      not null
);
create index delivery_job_cycle_idx on delivery_job (hub_id, cycle_id, started_at desc);

-- The best plan so far (then the final one): each order's vehicle, place and ETA, or why no vehicle
-- can take it.
create table delivery_stop (
    job_id          bigint      not null references delivery_job (id) on delete cascade,
    order_id        bigint      not null,
    vehicle_id      bigint      references delivery_vehicle (id),
    position        integer,
    eta             timestamptz,
    weight_kg       numeric(8, 2) not null,
    unserved_reason text,
    dispatched_at   timestamptz,
    primary key (job_id, order_id),
    check (vehicle_id is null or unserved_reason is null)
);
