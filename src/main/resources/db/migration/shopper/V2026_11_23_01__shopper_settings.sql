-- A shopper's choices about the personal shopper. No row means: personal suggestions on, nothing forgotten.
create table shopper_settings (
    user_id       bigint      primary key, -- identity's user, by id only
    personalized  boolean     not null default true,
    -- "delete my learned profile": orders placed before this are never learned from again
    forget_before timestamptz,
    updated_at    timestamptz not null default now()
);
