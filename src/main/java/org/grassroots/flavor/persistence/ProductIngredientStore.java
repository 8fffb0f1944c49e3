package org.grassroots.flavor.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Producers' choices of the flavor ingredient each product is. */
@Repository
public class ProductIngredientStore {

    private final JdbcClient jdbc;

    ProductIngredientStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ProductId, String> all() {
        return jdbc
                .sql("select product_id, ingredient from flavor_product_ingredient")
                .query((rs, row) -> Map.entry(new ProductId(rs.getLong(1)), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<String> find(ProductId product) {
        return jdbc.sql("select ingredient from flavor_product_ingredient where product_id = ?")
                .param(product.value())
                .query(String.class)
                .optional();
    }

    public void set(ProductId product, String ingredient, UserId by) {
        jdbc.sql("""
                        insert into flavor_product_ingredient (product_id, ingredient, set_by) values (?, ?, ?)
                        on conflict (product_id) do update
                        set ingredient = excluded.ingredient, set_by = excluded.set_by, updated_at = now()""").params(product.value(), ingredient, by.value()).update();
    }

    public void clear(ProductId product) {
        jdbc.sql("delete from flavor_product_ingredient where product_id = ?")
                .param(product.value())
                .update();
    }
}
