package org.grassroots.safety.persistence;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.common.ProductId;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Claim;
import org.grassroots.safety.domain.ProductProfile;
import org.grassroots.safety.domain.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Products' derived safety profiles, stored as JSON. */
@Repository
public class ProfileStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The stored form: codes and words only, so the JSON stays stable when enums gain members. */
    record Stored(
            Map<String, List<String>> contains,
            List<String> traces,
            Map<String, List<String>> sources,
            Double salt,
            List<String> claims,
            boolean fromName) {}

    public void save(Map<ProductId, ProductProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        Long[] ids = new Long[profiles.size()];
        String[] docs = new String[profiles.size()];
        int i = 0;
        for (Map.Entry<ProductId, ProductProfile> e : profiles.entrySet()) {
            ids[i] = e.getKey().value();
            docs[i] = json.writeValueAsString(stored(e.getValue()));
            i++;
        }
        jdbc.sql("""
                        insert into product_profile (product_id, profile)
                        select id, doc::jsonb from unnest(?::bigint[], ?::text[]) as t(id, doc)
                        on conflict (product_id) do update set profile = excluded.profile, computed_at = now()""").params(ids, docs).update();
    }

    public Map<ProductId, ProductProfile> find(List<ProductId> products) {
        Map<ProductId, ProductProfile> found = new HashMap<>();
        jdbc.sql("select product_id, profile from product_profile where product_id = any(?)")
                .param(products.stream().map(ProductId::value).toArray(Long[]::new))
                .query(rs -> {
                    found.put(new ProductId(rs.getLong(1)), profile(rs.getString(2)));
                });
        return found;
    }

    public Map<ProductId, ProductProfile> all() {
        Map<ProductId, ProductProfile> found = new HashMap<>();
        jdbc.sql("select product_id, profile from product_profile").query(rs -> {
            found.put(new ProductId(rs.getLong(1)), profile(rs.getString(2)));
        });
        return found;
    }

    public Set<ProductId> ids() {
        Set<ProductId> ids = new java.util.HashSet<>();
        jdbc.sql("select product_id from product_profile").query(rs -> {
            ids.add(new ProductId(rs.getLong(1)));
        });
        return ids;
    }

    private static Stored stored(ProductProfile p) {
        Map<String, List<String>> contains = new HashMap<>();
        p.contains().forEach((a, w) -> contains.put(a.code(), w));
        Map<String, List<String>> sources = new HashMap<>();
        p.sources().forEach((s, w) -> sources.put(s.name(), w));
        return new Stored(
                contains,
                p.traces().stream().map(Allergen::code).sorted().toList(),
                sources,
                p.salt(),
                p.claims().stream().map(Claim::code).sorted().toList(),
                p.fromName());
    }

    private ProductProfile profile(String doc) {
        Stored s = json.readValue(doc, Stored.class);
        Map<Allergen, List<String>> contains = new EnumMap<>(Allergen.class);
        s.contains().forEach((code, w) -> Allergen.fromCode(code).ifPresent(a -> contains.put(a, w)));
        Map<Source, List<String>> sources = new EnumMap<>(Source.class);
        s.sources().forEach((name, w) -> sources.put(Source.valueOf(name), w));
        Set<Allergen> traces = EnumSet.noneOf(Allergen.class);
        s.traces().forEach(code -> Allergen.fromCode(code).ifPresent(traces::add));
        Set<Claim> claims = EnumSet.noneOf(Claim.class);
        s.claims().forEach(code -> Claim.fromCode(code).ifPresent(claims::add));
        return new ProductProfile(contains, traces, sources, s.salt(), claims, s.fromName());
    }
}
