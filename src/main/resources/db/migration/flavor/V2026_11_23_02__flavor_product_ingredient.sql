-- A producer's choice of the flavor ingredient a product is. Products without a row are matched from their name.
create table flavor_product_ingredient (
    product_id bigint      primary key, -- catalog's product, by id only
    ingredient text        not null,    -- a name in the flavor table, e.g. 'cherry_tomato'
    set_by     bigint      not null,    -- identity's user
    updated_at timestamptz not null default now()
);
