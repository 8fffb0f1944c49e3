package org.grassroots.catalog.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.grassroots.catalog.Markdown;
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

    /** Columns of {@link #FROM}. */
    static final String COLUMNS = "v.id, v.product_id, v.producer_id, p.name as product_name, p.category, v.sku, "
            + "v.display_name, v.unit_kind, v.unit_value, v.price_minor, v.currency, v.on_hand, v.on_demand, "
            + "p.season_from, p.season_to, m.percent as markdown_percent, m.reason as markdown_reason, "
            + "m.ends_on as markdown_ends_on";

    /** The markdown of variant {@code v} that is in force today. */
    static final String MARKDOWN_JOIN =
            "left join variant_markdown m on m.variant_id = v.id and m.ends_on >= current_date ";

    /** Variants with their product and the markdown in force today, if any. */
    static final String FROM = " from variant v join product p on p.id = v.product_id " + MARKDOWN_JOIN;

    /** Up to this many ids are listed as placeholders; more go in one array parameter. */
    static final int MAX_LISTED_IDS = 64;

    private VariantRows() {}

    /** A condition of a where clause and its positional parameters. */
    record Condition(String sql, List<Object> parameters) {}

    /**
     * {@code v.id} is one of these distinct ids. Up to {@link #MAX_LISTED_IDS} it is
     * {@code v.id in (?, …)} with the count rounded up to a power of two (the last id repeated): a few
     * statement shapes, each of which PostgreSQL plans once per connection and then reuses, since
     * its generic plan expects as many rows as a custom one. More ids go in {@code v.id = any(?)},
     * which is planned on every call.
     */
    static Condition byIds(List<Long> ids) {
        if (ids.size() > MAX_LISTED_IDS) {
            return new Condition("v.id = any(?)", List.of((Object) ids.toArray(Long[]::new)));
        }
        int slots = slots(ids.size());
        List<Object> parameters = new ArrayList<>(ids);
        while (parameters.size() < slots) {
            parameters.add(ids.get(ids.size() - 1));
        }
        return new Condition("v.id in (" + String.join(", ", Collections.nCopies(slots, "?")) + ")", parameters);
    }

    private static int slots(int count) {
        return count <= 1 ? 1 : Integer.highestOneBit(count - 1) << 1;
    }

    static Variant map(ResultSet rs, int row) throws SQLException {
        UnitKind kind = UnitKind.valueOf(rs.getString("unit_kind"));
        BigDecimal unitValue = rs.getBigDecimal("unit_value");
        Money regular = Money.of(rs.getLong("price_minor"), rs.getString("currency"));
        Markdown markdown = markdown(rs, regular);
        Money price = Markdown.priceWith(markdown, regular);
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
                stock(rs),
                markdown);
    }

    /** The markdown columns of a row, or null when no markdown is in force. */
    static Markdown markdown(ResultSet rs, Money regular) throws SQLException {
        int percent = rs.getInt("markdown_percent");
        return rs.wasNull()
                ? null
                : new Markdown(
                        percent,
                        rs.getString("markdown_reason"),
                        rs.getObject("markdown_ends_on", LocalDate.class),
                        regular);
    }

    static Season season(ResultSet rs) throws SQLException {
        int from = rs.getInt("season_from");
        return rs.wasNull() ? Season.ALL_YEAR : new Season(Month.of(from), Month.of(rs.getInt("season_to")));
    }

    static Stock stock(ResultSet rs) throws SQLException {
        return rs.getBoolean("on_demand") ? Stock.ON_DEMAND : new Stock(rs.getInt("on_hand"), false);
    }
}
