create table enterprise (
    id             bigint generated always as identity primary key,
    slug           text             not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind           text             not null check (kind in ('PRODUCER', 'HUB', 'SHOP', 'COOP')),
    producer_type  text check (producer_type is null or kind = 'PRODUCER'),
    name           text             not null,
    place          text             not null,
    latitude       double precision not null check (latitude between -90 and 90),
    longitude      double precision not null check (longitude between -180 and 180),
    story          text             not null default '',
    practices      text[]           not null default '{}',
    certifications text[]           not null default '{}',
    created_at     timestamptz      not null default now()
);

-- The people who act for an enterprise. user_id refers to identity's users by id only.
create table enterprise_member (
    enterprise_id bigint not null references enterprise (id) on delete cascade,
    user_id       bigint not null,
    primary key (enterprise_id, user_id)
);
create index enterprise_member_user_idx on enterprise_member (user_id);

-- A producer permits a hub (or shop, or co-op) to sell its products.
create table sales_permission (
    producer_id bigint not null references enterprise (id) on delete cascade,
    seller_id   bigint not null references enterprise (id) on delete cascade,
    granted_at  timestamptz not null default now(),
    primary key (producer_id, seller_id),
    check (producer_id <> seller_id)
);
create index sales_permission_seller_idx on sales_permission (seller_id);
