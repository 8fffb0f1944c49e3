package org.grassroots.catalog.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Month;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.Stock;
import org.grassroots.catalog.UnitKind;
import org.grassroots.catalog.Variant;
import org.grassroots.catalog.domain.UnitPrice;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;

/** How variants are selected and mapped, shared by the stores. */
final class VariantRows {

    /** Columns of {@code variant v join product p}. */
    static final String COLUMNS = "v.id, v.product_id, v.producer_id, p.name as product_name, p.category, v.sku, "
            + "v.display_name, v.unit_kind, v.unit_value, v.price_minor, v.currency, v.on_hand, v.on_demand, "
            + "p.season_from, p.season_to";

    private VariantRows() {}

    static Variant map(ResultSet rs, int row) throws SQLException {
        UnitKind kind = UnitKind.valueOf(rs.getString("unit_kind"));
        BigDecimal unitValue = rs.getBigDecimal("unit_value");
        Money price = Money.of(rs.getLong("price_minor"), rs.getString("currency"));
        return new Variant(
                new VariantId(rs.getLong("id")),
                new ProductId(rs.getLong("product_id")),
                new EnterpriseId(rs.getLong("producer_id")),
                rs.getString("product_name"),
                rs.getString("category"),
                rs.getString("sku"),
                rs.getString("display_name"),
                kind,
                unitValue,
                price,
                UnitPrice.of(price, kind, unitValue).amount(),
                season(rs),
                stock(rs));
    }

    static Season season(ResultSet rs) throws SQLException {
        int from = rs.getInt("season_from");
        return rs.wasNull() ? Season.ALL_YEAR : new Season(Month.of(from), Month.of(rs.getInt("season_to")));
    }

    static Stock stock(ResultSet rs) throws SQLException {
        return rs.getBoolean("on_demand") ? Stock.ON_DEMAND : new Stock(rs.getInt("on_hand"), false);
    }
}
