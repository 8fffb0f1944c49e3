alter table product
    add column storage         text not null default '',
    add column shelf_life_days int check (shelf_life_days between 1 and 3650),
    -- Full-text search over name (weight A) and description (weight C). Producer names are
    -- matched by the network module, which owns them.
    add column search          tsvector generated always as (
        setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'C')) stored;
create index product_search_idx on product using gin (search);
create index variant_price_idx on variant (price_minor);
-- A producer names each product once; the CSV import groups variants by product name.
create unique index product_producer_name_uk on product (producer_id, lower(name));
