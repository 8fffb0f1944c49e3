package org.grassroots.catalog.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.catalog.NewProduct;
import org.grassroots.catalog.NewVariant;
import org.grassroots.catalog.ProductCard;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.UnitKind;
import org.grassroots.catalog.Variant;
import org.grassroots.catalog.domain.NutritionFacts;
import org.grassroots.catalog.domain.PackSize;
import org.grassroots.catalog.domain.UnitPrice;
import org.grassroots.catalog.domain.UsdaNutritionTable;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for products, variants and nutrition facts. */
@Repository
public class CatalogStore {

    private static final String IN_SEASON = "(p.season_from is null"
            + " or (p.season_from <= p.season_to and :month between p.season_from and p.season_to)"
            + " or (p.season_from > p.season_to and (:month >= p.season_from or :month <= p.season_to)))";

    private final JdbcClient jdbc;
    private final UsdaNutritionTable usda;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        try (InputStream csv = new ClassPathResource("nutrition/usda-sr28-subset.csv").getInputStream()) {
            this.usda = UsdaNutritionTable.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Variant> insert(NewProduct p) {
        Season season = p.season();
        long productId = jdbc.sql("""
                        insert into product (producer_id, name, category, description, season_from, season_to)
                        values (:producer, :name, :category, :description, :from, :to) returning id""")
                .param("producer", p.producer().value())
                .param("name", p.name())
                .param("category", p.category())
                .param("description", p.description())
                .param("from", season.allYear() ? null : season.from().getValue())
                .param("to", season.allYear() ? null : season.to().getValue())
                .query(Long.class)
                .single();
        List<Variant> variants = new ArrayList<>();
        for (NewVariant v : p.variants()) {
            long variantId = jdbc.sql("""
                            insert into variant (product_id, producer_id, sku, display_name, unit_kind, unit_value,
                                                 price_minor, currency, on_hand, on_demand)
                            values (:product, :producer, :sku, :name, :kind, :value, :price, :currency,
                                    :onHand, :onDemand) returning id""")
                    .param("product", productId)
                    .param("producer", p.producer().value())
                    .param("sku", v.sku())
                    .param("name", displayName(v))
                    .param("kind", v.unitKind().name())
                    .param("value", v.unitValue())
                    .param("price", v.price().minorUnits())
                    .param("currency", v.price().currency().getCurrencyCode())
                    .param("onHand", v.onDemand() ? null : v.onHand())
                    .param("onDemand", v.onDemand())
                    .query(Long.class)
                    .single();
            variants.add(new Variant(
                    new VariantId(variantId),
                    new ProductId(productId),
                    p.producer(),
                    p.name(),
                    p.category(),
                    v.sku(),
                    displayName(v),
                    v.unitKind(),
                    v.unitValue(),
                    v.price(),
                    season));
        }
        if (p.usdaNdb() != null) {
            NutritionFacts facts = usda.find(p.usdaNdb())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown USDA food " + p.usdaNdb()));
            insertNutrition(productId, facts);
        }
        return variants;
    }

    private static String displayName(NewVariant v) {
        return v.displayName() == null || v.displayName().isBlank()
                ? PackSize.format(v.unitKind(), v.unitValue())
                : v.displayName();
    }

    private void insertNutrition(long productId, NutritionFacts n) {
        jdbc.sql("""
                        insert into product_nutrition (product_id, energy_kcal, energy_kj, fat_g, saturated_fat_g,
                            carbohydrate_g, sugars_g, fibre_g, protein_g, salt_g, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        productId,
                        n.energyKcal(),
                        n.energyKj(),
                        n.fat(),
                        n.saturatedFat(),
                        n.carbohydrate(),
                        n.sugars(),
                        n.fibre(),
                        n.protein(),
                        n.salt(),
                        n.source())
                .update();
    }

    public List<ProductCard> featured(LocalDate day, int limit) {
        return jdbc.sql("""
                        select * from (
                            select distinct on (p.producer_id)
                                   p.id, p.name, p.producer_id, p.category, c.name as category_name,
                                   p.season_from, v.unit_kind, v.unit_value, v.price_minor, v.currency,
                                   md5(p.id || ':' || :week) as rotation
                            from product p
                            join category c on c.slug = p.category
                            join lateral (select * from variant v where v.product_id = p.id
                                          order by v.price_minor limit 1) v on true
                            where %s
                            order by p.producer_id, md5(p.id || ':' || :week)
                        ) one_per_producer
                        order by rotation
                        limit :limit""".formatted(IN_SEASON))
                .param("week", day.getYear() * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .param("month", day.getMonthValue())
                .param("limit", limit)
                .query(CatalogStore::card)
                .list();
    }

    public long countProducts() {
        return jdbc.sql("select count(*) from product").query(Long.class).single();
    }

    private static ProductCard card(ResultSet rs, int row) throws SQLException {
        UnitKind kind = UnitKind.valueOf(rs.getString("unit_kind"));
        BigDecimal value = rs.getBigDecimal("unit_value");
        Money price = Money.of(rs.getLong("price_minor"), rs.getString("currency"));
        UnitPrice unitPrice = UnitPrice.of(price, kind, value);
        return new ProductCard(
                new ProductId(rs.getLong("id")),
                rs.getString("name"),
                new EnterpriseId(rs.getLong("producer_id")),
                rs.getString("category"),
                rs.getString("category_name"),
                PackSize.format(kind, value),
                price,
                unitPrice.amount(),
                unitPrice.unit(),
                rs.getObject("season_from") == null);
    }
}
