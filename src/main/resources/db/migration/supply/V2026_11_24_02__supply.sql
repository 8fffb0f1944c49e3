-- Demand history: one row per order line, kept from the market's OrderPlaced events (and deleted
-- when the order is cancelled). Amounts are in the product's pricing unit (kg, L or items), so packs
-- of different sizes add up.
create table supply_demand (
    order_id    bigint      not null,
    variant_id  bigint      not null,
    product_id  bigint      not null,
    producer_id bigint      not null,
    hub_id      bigint      not null,
    cycle_id    bigint      not null,
    cycle_closes_at timestamptz not null,
    cycle_week  date        not null, -- the Monday of the week the cycle closes
    shopper_id  bigint      not null,
    quantity    integer     not null check (quantity > 0),
    amount      numeric(14, 3) not null check (amount >= 0),
    unit        text        not null,
    primary key (order_id, variant_id)
);
create index supply_demand_producer_week on supply_demand (producer_id, product_id, cycle_week);

-- Demand the anomaly guard could not explain, and orders that repeat another (DUPLICATE; expected is
-- then the demand without the repeats). Held out of forecasts until a person confirms it as
-- real (CONFIRMED: used as it is) or rejects it as a glitch (REJECTED: replaced by what was expected).
create table supply_anomaly (
    id          bigserial primary key,
    producer_id bigint      not null,
    product_id  bigint      not null,
    first_week  date        not null,
    weeks       integer     not null check (weeks >= 1),
    kind        text        not null check (kind in ('SPIKE', 'DROP', 'SHIFT', 'DUPLICATE')),
    observed    numeric(14, 3) not null,
    expected    numeric(14, 3) not null,
    repeat_orders integer   not null default 0, -- orders in those weeks repeating one the same household placed in the same cycle
    status      text        not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
    detected_at timestamptz not null default now(),
    decided_at  timestamptz,
    decided_by  bigint,
    unique (product_id, first_week)
);
create index supply_anomaly_producer on supply_anomaly (producer_id, status);

-- Lots a producer harvested or made, with their best-before date.
create table supply_lot (
    id           bigserial primary key,
    producer_id  bigint      not null,
    variant_id   bigint      not null,
    code         text        not null check (length(code) between 1 and 40),
    produced_on  date        not null,
    best_before  date        not null check (best_before >= produced_on),
    quantity     integer     not null check (quantity > 0),
    remaining    integer     not null check (remaining >= 0 and remaining <= quantity),
    markdown_percent integer,
    marked_down_at   timestamptz,
    created_at   timestamptz not null default now(),
    unique (producer_id, code)
);
create index supply_lot_producer on supply_lot (producer_id, best_before);

-- Food that was not sold: spoiled, donated or composted.
create table supply_waste (
    id          bigserial primary key,
    producer_id bigint      not null,
    hub_id      bigint,
    product_id  bigint      not null,
    lot_id      bigint references supply_lot (id),
    quantity    numeric(14, 3) not null check (quantity > 0), -- in the product's pricing unit
    unit        text        not null,
    value_minor bigint      not null check (value_minor >= 0), -- at the regular price when recorded
    currency    char(3)     not null,
    kind        text        not null check (kind in ('SPOILED', 'DONATED', 'COMPOSTED')),
    reason      text        not null check (length(reason) between 1 and 300),
    recorded_on date        not null,
    recorded_by bigint      not null,
    created_at  timestamptz not null default now()
);
create index supply_waste_producer on supply_waste (producer_id, recorded_on);
create index supply_waste_hub on supply_waste (hub_id, recorded_on);
