package org.grassroots.catalog.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.grassroots.catalog.Category;
import org.grassroots.catalog.FoodFacts;
import org.grassroots.catalog.NewProduct;
import org.grassroots.catalog.NewVariant;
import org.grassroots.catalog.NutritionFacts;
import org.grassroots.catalog.ProductDetails;
import org.grassroots.catalog.ProductEdit;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.Variant;
import org.grassroots.catalog.domain.PackSize;
import org.grassroots.catalog.domain.UsdaNutritionTable;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for products, variants, nutrition facts and categories. */
@Repository
public class ProductStore {

    private final JdbcClient jdbc;
    private final UsdaNutritionTable usda;

    ProductStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        try (InputStream csv = new ClassPathResource("nutrition/usda-sr28-subset.csv").getInputStream()) {
            this.usda = UsdaNutritionTable.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts the product, its variants and its USDA nutrition; returns the new product's variants. */
    public List<Variant> insert(NewProduct p) {
        Season season = p.season();
        long productId = jdbc.sql("""
                        insert into product (producer_id, name, category, description, ingredients, storage,
                                             shelf_life_days, season_from, season_to)
                        values (:producer, :name, :category, :description, :ingredients, :storage, :shelfLife,
                                :from, :to)
                        returning id""")
                .param("producer", p.producer().value())
                .param("name", p.name())
                .param("category", p.category())
                .param("description", p.description())
                .param("ingredients", p.ingredients())
                .param("storage", p.storage() == null ? "" : p.storage())
                .param("shelfLife", p.shelfLifeDays())
                .param("from", season.allYear() ? null : season.from().getValue())
                .param("to", season.allYear() ? null : season.to().getValue())
                .query(Long.class)
                .single();
        for (NewVariant v : p.variants()) {
            insertVariant(productId, p.producer(), v);
        }
        if (p.usdaNdb() != null) {
            NutritionFacts facts = usda.find(p.usdaNdb())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown USDA food " + p.usdaNdb()));
            saveNutrition(productId, facts);
        }
        return variantsOf(new ProductId(productId));
    }

    void insertVariant(long productId, EnterpriseId producer, NewVariant v) {
        jdbc.sql("""
                        insert into variant (product_id, producer_id, sku, display_name, unit_kind, unit_value,
                                             price_minor, currency, on_hand, on_demand)
                        values (:product, :producer, :sku, :name, :kind, :value, :price, :currency, :onHand, :onDemand)""")
                .param("product", productId)
                .param("producer", producer.value())
                .param("sku", v.sku())
                .param("name", displayName(v))
                .param("kind", v.unitKind().name())
                .param("value", v.unitValue())
                .param("price", v.price().minorUnits())
                .param("currency", v.price().currency().getCurrencyCode())
                .param("onHand", v.onDemand() ? null : v.onHand())
                .param("onDemand", v.onDemand())
                .update();
    }

    static String displayName(NewVariant v) {
        return v.displayName() == null || v.displayName().isBlank()
                ? PackSize.format(v.unitKind(), v.unitValue())
                : v.displayName();
    }

    /** Inserts or replaces a product's nutrition facts. */
    public void saveNutrition(long productId, NutritionFacts n) {
        jdbc.sql("""
                        insert into product_nutrition (product_id, energy_kcal, energy_kj, fat_g, saturated_fat_g,
                            carbohydrate_g, sugars_g, fibre_g, protein_g, salt_g, portion_g, fvl_percent, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (product_id) do update set energy_kcal = excluded.energy_kcal,
                            energy_kj = excluded.energy_kj, fat_g = excluded.fat_g,
                            saturated_fat_g = excluded.saturated_fat_g, carbohydrate_g = excluded.carbohydrate_g,
                            sugars_g = excluded.sugars_g, fibre_g = excluded.fibre_g, protein_g = excluded.protein_g,
                            salt_g = excluded.salt_g, portion_g = excluded.portion_g,
                            fvl_percent = excluded.fvl_percent, source = excluded.source""")
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
                        n.portionGrams(),
                        n.fvlPercent(),
                        n.source())
                .update();
    }

    public void deleteNutrition(long productId) {
        jdbc.sql("delete from product_nutrition where product_id = ?")
                .param(productId)
                .update();
    }

    public List<Variant> variantsOf(ProductId product) {
        return jdbc.sql("select " + VariantRows.COLUMNS + VariantRows.FROM
                        + "where v.product_id = ? order by v.price_minor, v.id")
                .param(product.value())
                .query(VariantRows::map)
                .list();
    }

    /**
     * The variants with these ids, by id. A cart's or an order's few ids go in a list of
     * placeholders ({@link VariantRows#byIds}), which PostgreSQL plans once per connection; an
     * array parameter ({@code = any(?)}) had the three-table join planned again on every call,
     * five times the cost of the query itself.
     */
    public List<Variant> variants(List<VariantId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        VariantRows.Condition byIds =
                VariantRows.byIds(ids.stream().map(VariantId::value).distinct().toList());
        return jdbc.sql("select " + VariantRows.COLUMNS + VariantRows.FROM + "where " + byIds.sql() + " order by v.id")
                .params(byIds.parameters())
                .query(VariantRows::map)
                .list();
    }

    /** All variants of the producers, by product name, cheapest pack first. */
    public List<Variant> variantsOfProducers(Collection<EnterpriseId> producers) {
        return jdbc.sql("select " + VariantRows.COLUMNS + VariantRows.FROM
                        + "where v.producer_id = any(?) order by lower(p.name), v.price_minor, v.id")
                .param(producers.stream().mapToLong(EnterpriseId::value).boxed().toArray(Long[]::new))
                .query(VariantRows::map)
                .list();
    }

    public Optional<ProductDetails> details(ProductId id) {
        return jdbc.sql("""
                        select p.id, p.producer_id, p.name, p.category, c.name as category_name, p.description,
                               p.ingredients, p.storage, p.shelf_life_days, p.season_from, p.season_to,
                               """ + NUTRITION_COLUMNS + """
                        from product p join category c on c.slug = p.category
                        left join product_nutrition n on n.product_id = p.id
                        where p.id = ?""")
                .param(id.value())
                .query((rs, row) -> details(rs))
                .optional();
    }

    private static final String NUTRITION_COLUMNS = """
            n.energy_kcal, n.energy_kj, n.fat_g, n.saturated_fat_g, n.carbohydrate_g, n.sugars_g,
            n.fibre_g, n.protein_g, n.salt_g, n.portion_g, n.fvl_percent, n.source
            """;

    /** What food safety needs of each product; unknown ids are left out. */
    public List<FoodFacts> foodFacts(List<ProductId> ids) {
        return jdbc.sql("select p.id, p.producer_id, p.name, p.category, p.ingredients, " + NUTRITION_COLUMNS + """
                        from product p left join product_nutrition n on n.product_id = p.id
                        where p.id = any(?) order by p.id""")
                .param(ids.stream().mapToLong(ProductId::value).boxed().toArray(Long[]::new))
                .query((rs, row) -> new FoodFacts(
                        new ProductId(rs.getLong("id")),
                        new EnterpriseId(rs.getLong("producer_id")),
                        rs.getString("name"),
                        rs.getString("category"),
                        rs.getString("ingredients"),
                        nutrition(rs)))
                .list();
    }

    public List<ProductId> productIds() {
        return jdbc.sql("select id from product order by id")
                .query((rs, row) -> new ProductId(rs.getLong(1)))
                .list();
    }

    public List<ProductId> productIds(EnterpriseId producer) {
        return jdbc.sql("select id from product where producer_id = ? order by id")
                .param(producer.value())
                .query((rs, row) -> new ProductId(rs.getLong(1)))
                .list();
    }

    private static NutritionFacts nutrition(ResultSet rs) throws SQLException {
        String source = rs.getString("source");
        return source == null
                ? null
                : new NutritionFacts(
                        rs.getBigDecimal("energy_kcal"),
                        rs.getBigDecimal("energy_kj"),
                        rs.getBigDecimal("fat_g"),
                        rs.getBigDecimal("saturated_fat_g"),
                        rs.getBigDecimal("carbohydrate_g"),
                        rs.getBigDecimal("sugars_g"),
                        rs.getBigDecimal("fibre_g"),
                        rs.getBigDecimal("protein_g"),
                        rs.getBigDecimal("salt_g"),
                        rs.getBigDecimal("portion_g"),
                        rs.getBigDecimal("fvl_percent"),
                        source);
    }

    private ProductDetails details(ResultSet rs) throws SQLException {
        ProductId id = new ProductId(rs.getLong("id"));
        int shelfLife = rs.getInt("shelf_life_days");
        Integer shelfLifeDays = rs.wasNull() ? null : shelfLife;
        NutritionFacts nutrition = nutrition(rs);
        return new ProductDetails(
                id,
                new EnterpriseId(rs.getLong("producer_id")),
                rs.getString("name"),
                rs.getString("category"),
                rs.getString("category_name"),
                rs.getString("description"),
                rs.getString("ingredients"),
                rs.getString("storage"),
                shelfLifeDays,
                VariantRows.season(rs),
                variantsOf(id),
                nutrition);
    }

    /** Changes a product's describing fields, only if {@code producer} owns it. Returns false if not. */
    public boolean updateProduct(EnterpriseId producer, ProductId product, ProductEdit edit) {
        Season season = edit.season();
        return jdbc.sql("""
                        update product set name = :name, category = :category, description = :description,
                            ingredients = :ingredients, storage = :storage, shelf_life_days = :shelfLife, season_from = :from, season_to = :to,
                            updated_at = now()
                        where id = :id and producer_id = :producer""")
                        .param("name", edit.name())
                        .param("category", edit.category())
                        .param("description", edit.description())
                        .param("ingredients", edit.ingredients())
                        .param("storage", edit.storage())
                        .param("shelfLife", edit.shelfLifeDays())
                        .param("from", season.allYear() ? null : season.from().getValue())
                        .param("to", season.allYear() ? null : season.to().getValue())
                        .param("id", product.value())
                        .param("producer", producer.value())
                        .update()
                == 1;
    }

    /** Changes price and stock of a variant, only if {@code producer} owns it. Returns false if not. */
    public boolean updateVariant(
            EnterpriseId producer, VariantId variant, long priceMinor, int onHand, boolean onDemand) {
        return jdbc.sql("""
                        update variant set price_minor = :price, on_hand = :onHand, on_demand = :onDemand
                        where id = :id and producer_id = :producer""")
                        .param("price", priceMinor)
                        .param("onHand", onDemand ? null : onHand)
                        .param("onDemand", onDemand)
                        .param("id", variant.value())
                        .param("producer", producer.value())
                        .update()
                == 1;
    }

    public List<Category> categories() {
        return jdbc.sql("""
                        select c.slug, c.parent, c.name from category c
                        join category root on root.slug = coalesce(c.parent, c.slug)
                        order by root.position, c.parent nulls first, c.position""")
                .query((rs, row) -> new Category(rs.getString("slug"), rs.getString("parent"), rs.getString("name")))
                .list();
    }

    public long countProducts() {
        return jdbc.sql("select count(*) from product").query(Long.class).single();
    }
}
