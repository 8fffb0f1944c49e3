-- What a product is made of, as its producer writes it (any of English, French, German, Spanish).
-- Blank means a single-ingredient food, named by the product's name.
alter table product add column ingredients text not null default ''
    check (length(ingredients) <= 5000);

-- The portion a nutrition panel shows besides 100 g, and the share of fruit, vegetables and
-- legumes that the Nutri-Score counts (null: taken from the category).
alter table product_nutrition add column portion_g numeric(8, 1) check (portion_g > 0);
alter table product_nutrition add column fvl_percent numeric(5, 1) check (fvl_percent between 0 and 100);
