package org.grassroots.catalog.domain;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.grassroots.catalog.ImportProblem;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.UnitKind;

/**
 * Reads and validates a producer's catalog CSV completely before anything is written, so a file
 * with any problem changes nothing. Each problem names its row, its column and the reason.
 *
 * <p>Columns (header required, any order): {@code sku, product_name, category, unit, unit_value,
 * price, stock} and optionally {@code pack_name, description, ingredients, storage, shelf_life_days,
 * season}.
 * Rows with the same product name are variants (pack sizes) of one product.
 */
public final class CatalogCsv {

    public static final List<String> REQUIRED =
            List.of("sku", "product_name", "category", "unit", "unit_value", "price", "stock");
    public static final List<String> OPTIONAL =
            List.of("pack_name", "description", "ingredients", "storage", "shelf_life_days", "season");
    private static final int MAX_TEXT = 2000;

    private CatalogCsv() {}

    /** A valid row, in the units the catalog stores (grams, millilitres, items; minor currency units). */
    public record Row(
            int line,
            String sku,
            String productName,
            String category,
            UnitKind unitKind,
            BigDecimal unitValue,
            long priceMinor,
            int onHand,
            boolean onDemand,
            String packName,
            String description,
            String ingredients,
            String storage,
            Integer shelfLifeDays,
            Season season) {

        public String productKey() {
            return productName.toLowerCase(Locale.ROOT);
        }
    }

    public record Result(int dataRows, List<Row> rows, List<ImportProblem> problems) {}

    public static Result read(Reader csv, Set<String> categories, int currencyDigits, int maxRows) {
        List<Csv.Record> records = Csv.read(csv);
        List<ImportProblem> problems = new ArrayList<>();
        if (records.isEmpty() || records.stream().allMatch(Csv.Record::blank)) {
            return new Result(0, List.of(), List.of(new ImportProblem(0, "file", "The file is empty.")));
        }
        if (records.get(0).fields().stream().anyMatch(field -> field.indexOf('\0') >= 0)) {
            // UTF-16 ("Unicode text" in spreadsheets) read as UTF-8 has a NUL after every ASCII letter
            return new Result(
                    0,
                    List.of(),
                    List.of(new ImportProblem(
                            0, "file", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.")));
        }
        Map<String, Integer> columns = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            return new Result(0, List.of(), problems);
        }
        List<Csv.Record> data = records.subList(1, records.size()).stream()
                .filter(r -> !r.blank())
                .toList();
        if (data.isEmpty()) {
            return new Result(
                    0, List.of(), List.of(new ImportProblem(0, "file", "The file has a header but no rows.")));
        }
        if (data.size() > maxRows) {
            return new Result(
                    data.size(),
                    List.of(),
                    List.of(new ImportProblem(0, "file", "At most " + maxRows + " rows can be imported at once.")));
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> skuLines = new HashMap<>();
        Map<String, Row> firstOfProduct = new HashMap<>();
        for (Csv.Record record : data) {
            RowReader reader = new RowReader(record, columns, problems);
            Row row = reader.read(categories, currencyDigits);
            if (row == null) {
                continue;
            }
            Integer earlier = skuLines.putIfAbsent(row.sku().toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(
                        row.line(), "sku", "SKU " + row.sku() + " is already used on row " + earlier + "."));
                continue;
            }
            Row first = firstOfProduct.putIfAbsent(row.productKey(), row);
            if (first != null && !first.category().equals(row.category())) {
                problems.add(new ImportProblem(
                        row.line(), "category", "Differs from row " + first.line() + " for the same product."));
                continue;
            }
            if (first != null && !first.season().equals(row.season())) {
                problems.add(new ImportProblem(
                        row.line(), "season", "Differs from row " + first.line() + " for the same product."));
                continue;
            }
            rows.add(row);
        }
        return new Result(data.size(), problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Map<String, Integer> header(Csv.Record header, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new ImportProblem(1, name.isEmpty() ? "header" : name, "Unknown column."));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, name, "The column appears twice."));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(1, required, "Required column is missing."));
            }
        }
        return columns;
    }

    /** Reads one record field by field, collecting every problem rather than stopping at the first. */
    private static final class RowReader {

        private final Csv.Record record;
        private final Map<String, Integer> columns;
        private final List<ImportProblem> problems;
        private boolean valid = true;

        RowReader(Csv.Record record, Map<String, Integer> columns, List<ImportProblem> problems) {
            this.record = record;
            this.columns = columns;
            this.problems = problems;
        }

        Row read(Set<String> categories, int currencyDigits) {
            String sku = required("sku");
            if (sku != null && !sku.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")) {
                problem("sku", "Use up to 64 letters, digits, '.', '_', '/' or '-'.");
            }
            String name = required("product_name");
            if (name != null && name.length() > 200) {
                problem("product_name", "At most 200 characters.");
            }
            String category = required("category");
            if (category != null && !categories.contains(category.toLowerCase(Locale.ROOT))) {
                problem("category", "Unknown category '" + category + "'.");
            }
            Unit unit = unit(required("unit"));
            BigDecimal unitValue = positiveNumber("unit_value");
            Long price = price(required("price"), currencyDigits);
            Stock stock = stock(required("stock"));
            Integer shelfLife = shelfLife(optional("shelf_life_days"));
            Season season = season(optional("season"));
            String description = text("description");
            String ingredients = text("ingredients");
            String storage = text("storage");
            String packName = text("pack_name");
            if (!valid) {
                return null;
            }
            return new Row(
                    record.line(),
                    sku,
                    name,
                    category.toLowerCase(Locale.ROOT),
                    unit.kind(),
                    unitValue.multiply(BigDecimal.valueOf(unit.factor())),
                    price,
                    stock.onHand(),
                    stock.onDemand(),
                    packName,
                    description,
                    ingredients,
                    storage,
                    shelfLife,
                    season);
        }

        private String value(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.fields().size()) {
                return "";
            }
            String value = record.fields().get(index).strip();
            if (value.indexOf('\0') >= 0) {
                // PostgreSQL cannot store one in text
                problem(column, "Contains a NUL character (\\u0000).");
                return value.replace("\0", "");
            }
            return value;
        }

        private String required(String column) {
            String value = value(column);
            if (value.isEmpty()) {
                problem(column, "Required.");
                return null;
            }
            return value;
        }

        private String optional(String column) {
            String value = value(column);
            return value.isEmpty() ? null : value;
        }

        private String text(String column) {
            String value = value(column);
            if (value.length() > MAX_TEXT) {
                problem(column, "At most " + MAX_TEXT + " characters.");
            }
            return value;
        }

        private record Unit(UnitKind kind, int factor) {}

        private Unit unit(String text) {
            if (text == null) {
                return null;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "g" -> new Unit(UnitKind.WEIGHT, 1);
                case "kg" -> new Unit(UnitKind.WEIGHT, 1000);
                case "ml" -> new Unit(UnitKind.VOLUME, 1);
                case "l" -> new Unit(UnitKind.VOLUME, 1000);
                case "item", "items" -> new Unit(UnitKind.ITEMS, 1);
                default -> {
                    problem("unit", "Use g, kg, ml, l or item.");
                    yield null;
                }
            };
        }

        private BigDecimal positiveNumber(String column) {
            String text = required(column);
            if (text == null) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                    problem(column, "Must be more than 0 and at most 1000000.");
                    return null;
                }
                return value;
            } catch (NumberFormatException e) {
                problem(column, "Not a number: '" + text + "'.");
                return null;
            }
        }

        private Long price(String text, int digits) {
            if (text == null) {
                return null;
            }
            try {
                BigDecimal price =
                        new BigDecimal(text.replace("£", "").replace("€", "").replace("$", ""));
                if (price.signum() < 0) {
                    problem("price", "Cannot be negative.");
                    return null;
                }
                if (price.stripTrailingZeros().scale() > digits) {
                    problem("price", "At most " + digits + " decimal places.");
                    return null;
                }
                if (price.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                    problem("price", "At most 1000000.");
                    return null;
                }
                return price.movePointRight(digits).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problem("price", "Not a price: '" + text + "'. Write it like 3.25.");
                return null;
            }
        }

        private record Stock(int onHand, boolean onDemand) {}

        private Stock stock(String text) {
            if (text == null) {
                return null;
            }
            String t = text.toLowerCase(Locale.ROOT);
            if (t.equals("on demand") || t.equals("on-demand") || t.equals("unlimited")) {
                return new Stock(0, true);
            }
            try {
                int onHand = Integer.parseInt(t);
                if (onHand < 0) {
                    problem("stock", "Cannot be negative.");
                    return null;
                }
                return new Stock(onHand, false);
            } catch (NumberFormatException e) {
                problem("stock", "Write a whole number, or 'on demand'.");
                return null;
            }
        }

        private Integer shelfLife(String text) {
            if (text == null) {
                return null;
            }
            try {
                int days = Integer.parseInt(text);
                if (days < 1 || days > 3650) {
                    problem("shelf_life_days", "Between 1 and 3650 days.");
                    return null;
                }
                return days;
            } catch (NumberFormatException e) {
                problem("shelf_life_days", "Write a whole number of days.");
                return null;
            }
        }

        private Season season(String text) {
            if (text == null || text.equalsIgnoreCase("all") || text.equals("*")) {
                return Season.ALL_YEAR;
            }
            String[] range = text.split("-");
            try {
                if (range.length == 2) {
                    int from = Integer.parseInt(range[0].strip());
                    int to = Integer.parseInt(range[1].strip());
                    if (from >= 1 && from <= 12 && to >= 1 && to <= 12) {
                        return new Season(Month.of(from), Month.of(to));
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem("season", "Write months as from-to, like 6-9, or 'all'.");
            return null;
        }

        private void problem(String column, String reason) {
            problems.add(new ImportProblem(record.line(), column, reason));
            valid = false;
        }
    }
}
