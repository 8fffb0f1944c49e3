package org.grassroots.catalog.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.grassroots.catalog.Markdown;
import org.grassroots.catalog.ProductCard;
import org.grassroots.catalog.ShelfQuery;
import org.grassroots.catalog.UnitKind;
import org.grassroots.catalog.domain.PackSize;
import org.grassroots.catalog.domain.UnitPrice;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.SearchText;
import org.grassroots.common.VariantId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Shelves: the shopfront search (PostgreSQL full-text search with prefix matching, filters,
 * sorting and pagination) and the home page's featured products.
 */
@Repository
public class ShelfSearch {

    private static final String IN_SEASON = "(p.season_from is null"
            + " or (p.season_from <= p.season_to and :month between p.season_from and p.season_to)"
            + " or (p.season_from > p.season_to and (:month >= p.season_from or :month <= p.season_to)))";

    /**
     * Cards for a page of products: {@code %s} is a query for the page's product rows with a
     * {@code position} column. Only those few products get their cheapest variant looked up.
     */
    private static final String CARDS_OF_PAGE = """
            select p.id, p.name, p.producer_id, p.category, c.name as category_name, p.season_from,
                   v.id as variant_id, v.unit_kind, v.unit_value, v.price_minor, v.currency, v.on_hand, v.on_demand,
                   m.percent as markdown_percent, m.reason as markdown_reason, m.ends_on as markdown_ends_on,
                   (select count(*) from variant x where x.product_id = p.id) as variants
            from (%s) p
            join category c on c.slug = p.category
            join lateral (select * from variant v where v.product_id = p.id
                          order by v.price_minor, v.id limit 1) v on true
            """ + VariantRows.MARKDOWN_JOIN + """
            order by p.position
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ShelfSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many products match the query's filters, on all its pages. */
    public long count(ShelfQuery query) {
        if (query.producers().isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long total = jdbc.queryForObject(
                "select count(*) from product p join category c on c.slug = p.category where "
                        + conditions(query, params),
                params,
                Long.class);
        return total == null ? 0 : total;
    }

    /** The cards of the query's page, in the query's order. */
    public List<ProductCard> page(ShelfQuery query) {
        if (query.producers().isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("limit", query.size())
                .addValue("offset", (long) query.page() * query.size());
        String conditions = conditions(query, params);
        String order = order(query, params);
        String page = "select p.*, row_number() over (order by " + order + ") as position"
                + " from product p join category c on c.slug = p.category where " + conditions
                + " order by " + order + " limit :limit offset :offset";
        return jdbc.query(CARDS_OF_PAGE.formatted(page), params, ShelfSearch::card);
    }

    private static String conditions(ShelfQuery query, MapSqlParameterSource params) {
        params.addValue("producers", ids(query.producers()));
        List<String> where = new ArrayList<>(List.of("p.producer_id = any(:producers)"));
        if (!query.excluded().isEmpty()) {
            params.addValue(
                    "excluded", query.excluded().stream().map(ProductId::value).toArray(Long[]::new));
            where.add("not (p.id = any(:excluded))");
        }
        String tsquery = new SearchText(query.text()).prefixQuery().orElse(null);
        if (query.hasText()) {
            params.addValue("matchingProducers", ids(query.producersMatchingText()));
            if (tsquery == null) {
                where.add("p.producer_id = any(:matchingProducers)");
            } else {
                params.addValue("tsquery", tsquery);
                where.add("(p.search @@ to_tsquery('english', :tsquery) or p.producer_id = any(:matchingProducers))");
            }
        }
        if (query.category() != null && !query.category().isBlank()) {
            params.addValue("category", query.category());
            where.add("(p.category = :category or c.parent = :category)");
        }
        if (query.inSeason() != null) {
            params.addValue("month", query.inSeason().getValue());
            where.add(IN_SEASON);
        }
        if (query.maxPriceMinor() != null) {
            params.addValue("maxPrice", query.maxPriceMinor());
            where.add("p.min_price_minor <= :maxPrice");
        }
        return String.join(" and ", where);
    }

    private static String order(ShelfQuery query, MapSqlParameterSource params) {
        String tsquery = new SearchText(query.text()).prefixQuery().orElse(null);
        return switch (query.sort()) {
            case RELEVANCE ->
                tsquery == null
                        ? "lower(p.name), p.id"
                        : "ts_rank(p.search, to_tsquery('english', :tsquery)) desc, lower(p.name), p.id";
            case NAME -> "lower(p.name), p.id";
            case PRICE_LOW -> "p.min_price_minor, lower(p.name), p.id";
            case PRICE_HIGH -> "p.min_price_minor desc, lower(p.name), p.id";
            case DISTANCE -> {
                params.addValue("producerOrder", ids(query.producerOrder()));
                yield "coalesce(array_position(:producerOrder, p.producer_id), 2147483647), lower(p.name), p.id";
            }
        };
    }

    public List<ProductCard> featured(LocalDate day, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("week", day.getYear() * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .addValue("month", day.getMonthValue())
                .addValue("limit", limit);
        return jdbc.query(
                CARDS_OF_PAGE.formatted("select * from (select distinct on (p.producer_id) p.*,"
                        + " md5(p.id || ':' || :week) as position from product p where " + IN_SEASON
                        + " order by p.producer_id, md5(p.id || ':' || :week)) one_per_producer"
                        + " order by position limit :limit"),
                params,
                ShelfSearch::card);
    }

    private static Long[] ids(Collection<EnterpriseId> ids) {
        return ids.stream().map(EnterpriseId::value).toArray(Long[]::new);
    }

    private static ProductCard card(ResultSet rs, int row) throws SQLException {
        UnitKind kind = UnitKind.valueOf(rs.getString("unit_kind"));
        BigDecimal value = rs.getBigDecimal("unit_value");
        Money regular = Money.of(rs.getLong("price_minor"), rs.getString("currency"));
        Markdown markdown = VariantRows.markdown(rs, regular);
        Money price = Markdown.priceWith(markdown, regular);
        UnitPrice unitPrice = UnitPrice.of(price, kind, value);
        return new ProductCard(
                new ProductId(rs.getLong("id")),
                rs.getString("name"),
                new EnterpriseId(rs.getLong("producer_id")),
                rs.getString("category"),
                rs.getString("category_name"),
                new VariantId(rs.getLong("variant_id")),
                PackSize.format(kind, value),
                price,
                unitPrice.amount(),
                unitPrice.unit(),
                rs.getObject("season_from") == null,
                VariantRows.stock(rs),
                rs.getInt("variants"),
                markdown);
    }
}
