package org.grassroots.catalog.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.domain.CatalogCsv.Row;
import org.grassroots.catalog.domain.PackSize;
import org.grassroots.common.EnterpriseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes validated CSV rows: products matched by name and variants by SKU, within one producer.
 * New rows go in with one {@code insert … select from unnest(…)} per table, changed rows in JDBC
 * batches, so ten thousand rows take a handful of round trips.
 */
@Repository
public class ImportWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record Written(int created, int updated) {}

    public Written write(EnterpriseId producer, List<Row> rows, String currency) {
        Map<String, Long> productIds = existingProducts(producer);
        Map<String, Row> productRows = new LinkedHashMap<>();
        rows.forEach(r -> productRows.putIfAbsent(r.productKey(), r));

        List<Object[]> productUpdates = new ArrayList<>();
        List<Row> newProducts = new ArrayList<>();
        productRows.forEach((key, row) -> {
            Long id = productIds.get(key);
            if (id == null) {
                newProducts.add(row);
            } else {
                productUpdates.add(new Object[] {
                    row.category(),
                    row.description(),
                    row.ingredients(),
                    row.storage(),
                    row.shelfLifeDays(),
                    from(row.season()),
                    to(row.season()),
                    id
                });
            }
        });
        template.batchUpdate("""
                update product set category = ?, description = coalesce(nullif(?, ''), description),
                    ingredients = coalesce(nullif(?, ''), ingredients), storage = coalesce(nullif(?, ''), storage), shelf_life_days = coalesce(?, shelf_life_days),
                    season_from = ?, season_to = ?, updated_at = now()
                where id = ?""", productUpdates);
        Map<String, Long> minPrices = new HashMap<>();
        rows.forEach(r -> minPrices.merge(r.productKey(), r.priceMinor(), Math::min));
        productIds.putAll(insertProducts(producer, newProducts, minPrices));

        Map<String, Long> variantIds = existingSkus(producer);
        List<Object[]> variantUpdates = new ArrayList<>();
        List<Row> newVariants = new ArrayList<>();
        for (Row row : rows) {
            Long id = variantIds.get(row.sku().toLowerCase(Locale.ROOT));
            if (id == null) {
                newVariants.add(row);
            } else {
                variantUpdates.add(new Object[] {
                    productIds.get(row.productKey()),
                    packName(row),
                    row.unitKind().name(),
                    row.unitValue(),
                    row.priceMinor(),
                    row.onDemand() ? null : row.onHand(),
                    row.onDemand(),
                    id
                });
            }
        }
        template.batchUpdate("""
                update variant set product_id = ?, display_name = ?, unit_kind = ?, unit_value = ?, price_minor = ?,
                    on_hand = ?, on_demand = ?
                where id = ?""", variantUpdates);
        insertVariants(producer, newVariants, productIds, currency);
        return new Written(newVariants.size(), variantUpdates.size());
    }

    private Map<String, Long> existingProducts(EnterpriseId producer) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, lower(name) as key from product where producer_id = ?")
                .param(producer.value())
                .query(rs -> {
                    ids.put(rs.getString("key"), rs.getLong("id"));
                });
        return ids;
    }

    private Map<String, Long> existingSkus(EnterpriseId producer) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, lower(sku) as key from variant where producer_id = ?")
                .param(producer.value())
                .query(rs -> {
                    ids.put(rs.getString("key"), rs.getLong("id"));
                });
        return ids;
    }

    /** @param minPrices the cheapest price per product key, so new products need no trigger update */
    private Map<String, Long> insertProducts(EnterpriseId producer, List<Row> rows, Map<String, Long> minPrices) {
        Map<String, Long> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        jdbc.sql("""
                        insert into product (producer_id, name, category, description, ingredients, storage,
                                             shelf_life_days, season_from, season_to, min_price_minor)
                        select :producer, * from unnest(:names, :categories, :descriptions, :ingredients,
                                                        :storages, :shelfLives, :froms, :tos, :minPrices)
                        returning id, lower(name) as key""")
                .param("producer", producer.value())
                .param("names", rows.stream().map(Row::productName).toArray(String[]::new))
                .param("categories", rows.stream().map(Row::category).toArray(String[]::new))
                .param("descriptions", rows.stream().map(Row::description).toArray(String[]::new))
                .param("ingredients", rows.stream().map(Row::ingredients).toArray(String[]::new))
                .param("storages", rows.stream().map(Row::storage).toArray(String[]::new))
                .param("shelfLives", rows.stream().map(Row::shelfLifeDays).toArray(Integer[]::new))
                .param("froms", rows.stream().map(r -> from(r.season())).toArray(Integer[]::new))
                .param("tos", rows.stream().map(r -> to(r.season())).toArray(Integer[]::new))
                .param(
                        "minPrices",
                        rows.stream().map(r -> minPrices.get(r.productKey())).toArray(Long[]::new))
                .query(rs -> {
                    ids.put(rs.getString("key"), rs.getLong("id"));
                });
        return ids;
    }

    private void insertVariants(EnterpriseId producer, List<Row> rows, Map<String, Long> productIds, String currency) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into variant (producer_id, currency, product_id, sku, display_name, unit_kind,
                                             unit_value, price_minor, on_hand, on_demand)
                        select :producer, :currency, * from unnest(:products, :skus, :names, :kinds, :values::numeric[],
                                                                   :prices, :onHands, :onDemands)""")
                .param("producer", producer.value())
                .param("currency", currency)
                .param(
                        "products",
                        rows.stream().map(r -> productIds.get(r.productKey())).toArray(Long[]::new))
                .param("skus", rows.stream().map(Row::sku).toArray(String[]::new))
                .param("names", rows.stream().map(ImportWriter::packName).toArray(String[]::new))
                .param("kinds", rows.stream().map(r -> r.unitKind().name()).toArray(String[]::new))
                .param(
                        "values",
                        rows.stream().map(r -> r.unitValue().toPlainString()).toArray(String[]::new))
                .param("prices", rows.stream().map(Row::priceMinor).toArray(Long[]::new))
                .param(
                        "onHands",
                        rows.stream().map(r -> r.onDemand() ? null : r.onHand()).toArray(Integer[]::new))
                .param("onDemands", rows.stream().map(Row::onDemand).toArray(Boolean[]::new))
                .update();
    }

    private static String packName(Row row) {
        return row.packName().isBlank() ? PackSize.format(row.unitKind(), row.unitValue()) : row.packName();
    }

    private static Integer from(Season season) {
        return season.allYear() ? null : season.from().getValue();
    }

    private static Integer to(Season season) {
        return season.allYear() ? null : season.to().getValue();
    }
}
