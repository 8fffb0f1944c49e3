-- Hub fee and minimum order of a cycle.
alter table order_cycle
    add column fee_kind        text    not null default 'NONE' check (fee_kind in ('NONE', 'FLAT', 'PERCENT')),
    add column fee_value       bigint  not null default 0 check (fee_value >= 0), -- minor units, or basis points
    add column min_order_minor bigint  not null default 0 check (min_order_minor >= 0),
    add column currency        char(3) not null default 'GBP';
create index order_cycle_times_idx on order_cycle (opens_at, closes_at);

-- The producers whose products a cycle sells.
create table cycle_producer (
    cycle_id    bigint not null references order_cycle (id) on delete cascade,
    producer_id bigint not null,
    primary key (cycle_id, producer_id)
);

-- How shoppers get their order: pickup at a place and time, or delivery within a radius.
create table fulfilment_option (
    id               bigint generated always as identity primary key,
    cycle_id         bigint           not null references order_cycle (id) on delete cascade,
    kind             text             not null check (kind in ('PICKUP', 'DELIVERY')),
    name             text             not null,
    address          text             not null default '',
    latitude         double precision,
    longitude        double precision,
    window_starts_at timestamptz      not null,
    window_ends_at   timestamptz      not null,
    radius_km        numeric(6, 2) check (radius_km > 0),
    fee_minor        bigint           not null default 0 check (fee_minor >= 0),
    check (window_ends_at > window_starts_at),
    check (kind = 'PICKUP' or radius_km is not null)
);
create index fulfilment_option_cycle_idx on fulfilment_option (cycle_id);

alter table customer_order
    add column fulfilment_option_id bigint references fulfilment_option (id),
    add column note                 text   not null default '',
    add column payment_method       text   not null default 'PAY_AT_PICKUP'
        check (payment_method in ('PAY_AT_PICKUP', 'CREDIT')),
    add column subtotal_minor       bigint,
    add column hub_fee_minor        bigint not null default 0,
    add column delivery_fee_minor   bigint not null default 0,
    add column idempotency_key      text,
    add column delivery_address     text,
    add column delivery_latitude    double precision,
    add column delivery_longitude   double precision,
    add column updated_at           timestamptz;
update customer_order set subtotal_minor = total_minor;
alter table customer_order alter column subtotal_minor set not null;
-- A retried request with the same key finds the order it already created.
create unique index customer_order_idempotency_uk on customer_order (shopper_id, idempotency_key)
    where idempotency_key is not null;
create index customer_order_hub_status_idx on customer_order (hub_id, status);

-- A shopper's cart for one cycle; kept in the database so it survives sign-out and other devices.
create table cart_item (
    shopper_id bigint      not null,
    cycle_id   bigint      not null references order_cycle (id) on delete cascade,
    variant_id bigint      not null,
    quantity   int         not null check (quantity between 1 and 999),
    added_at   timestamptz not null default now(),
    primary key (shopper_id, cycle_id, variant_id)
);

-- Customer credit: an append-only ledger per shopper and hub. The balance is the sum.
create table credit_entry (
    id           bigint generated always as identity primary key,
    shopper_id   bigint      not null,
    hub_id       bigint      not null,
    amount_minor bigint      not null check (amount_minor <> 0),
    currency     char(3)     not null,
    reason       text        not null,
    order_id     bigint references customer_order (id),
    recorded_by  bigint      not null,
    recorded_at  timestamptz not null default now()
);
create index credit_entry_account_idx on credit_entry (shopper_id, hub_id);

create function credit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'credit_entry is append-only: record a correcting entry instead';
end $$;
create trigger credit_entry_append_only before update or delete on credit_entry
    for each row execute function credit_entry_is_append_only();
