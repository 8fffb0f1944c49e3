create table app_user (
    id            bigint generated always as identity primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    created_at    timestamptz not null default now(),
    constraint app_user_email_lowercase check (email = lower(email))
);
create unique index app_user_email_uk on app_user (email);

create table app_user_role (
    app_user bigint not null references app_user (id) on delete cascade,
    role     text   not null check (role in ('SHOPPER', 'PRODUCER', 'HUB_MANAGER', 'ADMIN')),
    primary key (app_user, role)
);

-- Spring Session's JDBC store: sessions live in the database so application nodes stay stateless.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
