-- The cheapest variant's price on the product itself, so shelves can filter, sort and page on
-- product rows alone and look up variants only for the products they show. Kept exact by one
-- statement-level trigger per change, which also suits bulk imports.
alter table product add column min_price_minor bigint;

update product p set min_price_minor = (select min(v.price_minor) from variant v where v.product_id = p.id);

-- Transition tables have no statistics, so the changed products are collected first and joined,
-- which keeps a 10,000-row import a hash join instead of a nested loop over the whole table.
-- Only rows whose cheapest price really changes are written: an unchanged product row is not
-- rewritten, so its full-text vector and indexes are left alone.
create function product_min_price_refresh() returns trigger language plpgsql as $$
begin
    update product p
    set min_price_minor = fresh.min_price
    from (select changed.product_id, (select min(v.price_minor) from variant v where v.product_id = changed.product_id) as min_price
          from (select distinct product_id from changed_rows) changed) fresh
    where p.id = fresh.product_id and p.min_price_minor is distinct from fresh.min_price;
    return null;
end $$;

create trigger variant_price_after_insert after insert on variant
    referencing new table as changed_rows for each statement execute function product_min_price_refresh();
-- Updates fire per row, and only when a price or a product really changes: stock changes (every
-- checkout) never fire it. (PostgreSQL allows no column list on a trigger with transition tables.)
create function product_min_price_refresh_row() returns trigger language plpgsql as $$
begin
    update product p
    set min_price_minor = (select min(v.price_minor) from variant v where v.product_id = p.id)
    where p.id in (new.product_id, old.product_id);
    return null;
end $$;

create trigger variant_price_after_update after update of price_minor, product_id on variant
    for each row when (old.price_minor is distinct from new.price_minor or old.product_id is distinct from new.product_id)
    execute function product_min_price_refresh_row();
create trigger variant_price_after_delete after delete on variant
    referencing old table as changed_rows for each statement execute function product_min_price_refresh();

create index product_name_idx on product (lower(name), id);
create index product_min_price_idx on product (min_price_minor, id);
