-- Personal API tokens for integrators. Only a SHA-256 hash is stored; the token is shown once.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    token_hash   char(64)    not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
