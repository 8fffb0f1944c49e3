-- A shopper's household: the people they buy for, each with allergens (and how strictly they are
-- avoided) and diets. Codes are the safety module's (e.g. 'milk', 'tree-nuts', 'gluten-free').
create table household_member (
    id               bigint generated always as identity primary key,
    user_id          bigint      not null, -- identity's user, by id only
    name             text        not null check (length(name) between 1 and 60),
    allergens        text[]      not null default '{}', -- avoided when a product contains them
    strict_allergens text[]      not null default '{}', -- also avoided as traces; a subset of allergens
    diets            text[]      not null default '{}',
    created_at       timestamptz not null default now(),
    check (strict_allergens <@ allergens)
);
create index household_member_user_idx on household_member (user_id);

-- What a producer declares about a product beyond its ingredients: "may contain" traces and claims.
create table product_declaration (
    product_id bigint primary key, -- catalog's product, by id only
    traces     text[]      not null default '{}',
    claims     text[]      not null default '{}',
    updated_at timestamptz not null default now()
);

-- A producer's corrections of what was detected, with the reason. Never updated or deleted: the
-- newest per product and allergen applies, the older ones are the history.
create table allergen_correction (
    id           bigint generated always as identity primary key,
    product_id   bigint      not null,
    allergen     text        not null,
    present      boolean     not null,
    reason       text        not null check (length(btrim(reason)) between 3 and 500),
    corrected_by bigint      not null,
    corrected_at timestamptz not null default now()
);
create index allergen_correction_product_idx on allergen_correction (product_id, id);

-- Each product's derived profile (allergens with evidence, traces, sources, salt, claims), kept up to
-- date in the transaction that changes the product, so every node reads the same answer.
create table product_profile (
    product_id  bigint primary key,
    profile     jsonb       not null,
    computed_at timestamptz not null default now()
);
