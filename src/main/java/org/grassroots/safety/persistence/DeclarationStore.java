package org.grassroots.safety.persistence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Claim;
import org.grassroots.safety.Declarations;
import org.grassroots.safety.domain.Correction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What producers declare about their products: "may contain" traces, claims, and corrections of
 * detected allergens. Corrections are only ever added, so each one's reason is kept.
 */
@Repository
public class DeclarationStore {

    private final JdbcClient jdbc;

    DeclarationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Declared(Set<Allergen> traces, Set<Claim> claims, List<Correction> corrections) {
        static final Declared NONE = new Declared(Set.of(), Set.of(), List.of());
    }

    /** Replaces the product's declared traces and claims. */
    public void declare(ProductId product, Set<Allergen> traces, Set<Claim> claims) {
        jdbc.sql("""
                        insert into product_declaration (product_id, traces, claims) values (?, ?, ?)
                        on conflict (product_id) do update
                        set traces = excluded.traces, claims = excluded.claims, updated_at = now()""")
                .params(
                        product.value(),
                        traces.stream().map(Allergen::code).sorted().toArray(String[]::new),
                        claims.stream().map(Claim::code).sorted().toArray(String[]::new))
                .update();
    }

    public void addCorrection(ProductId product, Correction correction, UserId by) {
        jdbc.sql("""
                        insert into allergen_correction (product_id, allergen, present, reason, corrected_by)
                        values (?, ?, ?, ?, ?)""")
                .params(
                        product.value(),
                        correction.allergen().code(),
                        correction.present(),
                        correction.reason(),
                        by.value())
                .update();
    }

    /** The product's declarations, with every correction newest first. */
    public Declarations declarations(ProductId product) {
        Declared declared = declared(List.of(product)).get(product);
        List<Declarations.Corrected> history = new ArrayList<>();
        jdbc.sql("""
                        select allergen, present, reason, corrected_at from allergen_correction
                        where product_id = ? order by id desc""").param(product.value()).query(rs -> {
            Allergen allergen = Allergen.fromCode(rs.getString("allergen")).orElse(null);
            if (allergen != null) {
                history.add(new Declarations.Corrected(
                        allergen,
                        rs.getBoolean("present"),
                        rs.getString("reason"),
                        rs.getTimestamp("corrected_at").toInstant()));
            }
        });
        return new Declarations(declared.traces(), declared.claims(), history);
    }

    public Map<ProductId, Declared> declared(List<ProductId> products) {
        Long[] ids = products.stream().map(ProductId::value).toArray(Long[]::new);
        Map<ProductId, Set<Allergen>> traces = new HashMap<>();
        Map<ProductId, Set<Claim>> claims = new HashMap<>();
        jdbc.sql("select product_id, traces, claims from product_declaration where product_id = any(?)")
                .param(ids)
                .query(rs -> {
                    ProductId id = new ProductId(rs.getLong("product_id"));
                    traces.put(id, HouseholdStore.codes(rs.getArray("traces"), Allergen::fromCode, Allergen.class));
                    claims.put(id, HouseholdStore.codes(rs.getArray("claims"), Claim::fromCode, Claim.class));
                });
        Map<ProductId, List<Correction>> corrections = new HashMap<>();
        jdbc.sql("""
                        select product_id, allergen, present, reason from allergen_correction
                        where product_id = any(?) order by id""").param(ids).query(rs -> {
            Allergen allergen = Allergen.fromCode(rs.getString("allergen")).orElse(null);
            if (allergen != null) {
                corrections
                        .computeIfAbsent(new ProductId(rs.getLong("product_id")), k -> new ArrayList<>())
                        .add(new Correction(allergen, rs.getBoolean("present"), rs.getString("reason")));
            }
        });
        Map<ProductId, Declared> declared = new HashMap<>();
        for (ProductId p : products) {
            declared.put(
                    p,
                    new Declared(
                            traces.getOrDefault(p, EnumSet.noneOf(Allergen.class)),
                            claims.getOrDefault(p, EnumSet.noneOf(Claim.class)),
                            corrections.getOrDefault(p, List.of())));
        }
        return declared;
    }
}
