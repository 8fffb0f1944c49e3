create index enterprise_name_search_idx on enterprise using gin (to_tsvector('english', name));
