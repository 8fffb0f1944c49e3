-- A temporary price reduction of one variant, for example to sell a lot before its best-before date.
-- The price shoppers pay is the variant's price less the percentage, until the end date (inclusive).
create table variant_markdown (
    variant_id bigint primary key references variant (id) on delete cascade,
    percent    integer not null check (percent between 1 and 90),
    reason     text    not null check (length(reason) between 1 and 300),
    ends_on    date    not null,
    created_at timestamptz not null default now()
);
create index variant_markdown_ends_on on variant_markdown (ends_on);
