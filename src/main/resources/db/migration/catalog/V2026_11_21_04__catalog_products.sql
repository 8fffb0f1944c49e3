-- The category taxonomy is reference data that every installation shares, not demo data.
create table category (
    slug     text primary key,
    parent   text references category (slug),
    name     text not null,
    position int  not null
);
insert into category (slug, parent, name, position) values
    ('produce', null, 'Fruit & vegetables', 1),
    ('dairy-eggs', null, 'Dairy & eggs', 2),
    ('meat-fish', null, 'Meat & fish', 3),
    ('bakery', null, 'Bakery', 4),
    ('pantry', null, 'Pantry', 5),
    ('vegetables', 'produce', 'Vegetables', 1),
    ('fruit', 'produce', 'Fruit', 2),
    ('salad-herbs', 'produce', 'Salad & herbs', 3),
    ('mushrooms', 'produce', 'Mushrooms', 4),
    ('milk-cream', 'dairy-eggs', 'Milk & cream', 1),
    ('cheese', 'dairy-eggs', 'Cheese', 2),
    ('yogurt', 'dairy-eggs', 'Yogurt & kefir', 3),
    ('butter', 'dairy-eggs', 'Butter', 4),
    ('eggs', 'dairy-eggs', 'Eggs', 5),
    ('beef', 'meat-fish', 'Beef', 1),
    ('lamb', 'meat-fish', 'Lamb', 2),
    ('pork', 'meat-fish', 'Pork', 3),
    ('poultry', 'meat-fish', 'Poultry', 4),
    ('game', 'meat-fish', 'Game', 5),
    ('fish', 'meat-fish', 'Fish', 6),
    ('shellfish', 'meat-fish', 'Shellfish', 7),
    ('bread', 'bakery', 'Bread', 1),
    ('pastry-cakes', 'bakery', 'Pastries & cakes', 2),
    ('flour-grains', 'pantry', 'Flour, grains & pasta', 1),
    ('preserves', 'pantry', 'Jams & preserves', 2),
    ('honey', 'pantry', 'Honey', 3),
    ('nuts-seeds', 'pantry', 'Nuts & seeds', 4),
    ('legumes-plant-protein', 'pantry', 'Pulses, tofu & tempeh', 5),
    ('oils-vinegars', 'pantry', 'Oils & vinegars', 6),
    ('sauces-ferments', 'pantry', 'Sauces, pickles & ferments', 7),
    ('juice', 'pantry', 'Juice', 8);

create table product (
    id           bigint generated always as identity primary key,
    producer_id  bigint      not null, -- network's enterprise, by id only
    name         text        not null check (length(name) between 1 and 200),
    category     text        not null references category (slug),
    description  text        not null default '',
    season_from  smallint check (season_from between 1 and 12),
    season_to    smallint check (season_to between 1 and 12),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    check ((season_from is null) = (season_to is null))
);
create index product_producer_idx on product (producer_id);
create index product_category_idx on product (category);

create table variant (
    id           bigint generated always as identity primary key,
    product_id   bigint         not null references product (id) on delete cascade,
    producer_id  bigint         not null, -- copied from the product so SKUs are unique per producer
    sku          text           not null check (length(sku) between 1 and 64),
    display_name text           not null,
    unit_kind    text           not null check (unit_kind in ('WEIGHT', 'VOLUME', 'ITEMS')),
    unit_value   numeric(12, 3) not null check (unit_value > 0),
    price_minor  bigint         not null check (price_minor >= 0),
    currency     char(3)        not null,
    on_hand      integer check (on_hand >= 0),
    on_demand    boolean        not null default false,
    check (on_demand or on_hand is not null),
    unique (producer_id, sku)
);
create index variant_product_idx on variant (product_id);

-- Nutrition per 100 g; source says where the values come from (e.g. 'USDA SR28 #11529').
create table product_nutrition (
    product_id      bigint primary key references product (id) on delete cascade,
    energy_kcal     numeric(8, 2),
    energy_kj       numeric(8, 2),
    fat_g           numeric(8, 3),
    saturated_fat_g numeric(8, 3),
    carbohydrate_g  numeric(8, 3),
    sugars_g        numeric(8, 3),
    fibre_g         numeric(8, 3),
    protein_g       numeric(8, 3),
    salt_g          numeric(8, 3),
    source          text not null
);
