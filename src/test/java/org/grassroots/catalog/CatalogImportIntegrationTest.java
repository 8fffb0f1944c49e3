package org.grassroots.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CatalogImportIntegrationTest {

    private static final String HEADER = "sku,product_name,category,unit,unit_value,price,stock,description\n";

    @Autowired
    CatalogApi catalog;

    @Autowired
    MarketFixtures fixtures;

    @Test
    void createsThenUpdatesBySkuAndGroupsPacksIntoProducts() {
        var producer = fixtures.market().producer();

        ImportReport created = catalog.importCsv(
                producer.id(),
                new StringReader(HEADER
                        + "CSV-1,Potatoes,vegetables,kg,2.5,3.25,40,Floury\n"
                        + "CSV-2,Potatoes,vegetables,kg,5,6.00,10,\n"
                        + "CSV-3,Rocket,salad-herbs,g,100,1.95,on demand,Peppery\n"),
                "GBP");
        assertThat(created).isEqualTo(new ImportReport(3, 3, 0, List.of()));
        List<Variant> variants = catalog.variantsOf(producer.id());
        assertThat(variants).extracting(Variant::productName).containsExactly("Potatoes", "Potatoes", "Rocket");
        assertThat(variants.get(0).productId()).isEqualTo(variants.get(1).productId());

        ImportReport updated = catalog.importCsv(
                producer.id(),
                new StringReader(HEADER
                        + "csv-1,Potatoes,vegetables,kg,2.5,2.95,35,\n"
                        + "CSV-4,Rocket,salad-herbs,g,200,3.50,8,\n"),
                "GBP");
        assertThat(updated).isEqualTo(new ImportReport(2, 1, 1, List.of()));
        Variant potatoes = catalog.variantsOf(producer.id()).stream()
                .filter(v -> v.sku().equals("CSV-1"))
                .findFirst()
                .orElseThrow();
        assertThat(potatoes.price().minorUnits()).isEqualTo(295);
        assertThat(potatoes.stock()).isEqualTo(new Stock(35, false));
        assertThat(catalog.product(potatoes.productId()).orElseThrow().description())
                .isEqualTo("Floury");
    }

    @Test
    void aFileWithOneBadRowWritesNothing() {
        var producer = fixtures.market().producer();

        ImportReport report = catalog.importCsv(
                producer.id(),
                new StringReader(HEADER
                        + "OK-1,Onions,vegetables,kg,1,1.60,30,\n"
                        + "OK-2,Garlic,vegetables,item,3,1.95,-4,\n"
                        + "OK-3,Shallots,vegetables,g,400,2.10,12,\n"),
                "GBP");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).containsExactly(new ImportProblem(3, "stock", "Cannot be negative."));
        assertThat(catalog.variantsOf(producer.id())).isEmpty();
    }

    @Test
    void emptyFileAndDuplicateSkuAreRefused() {
        var producer = fixtures.market().producer();

        assertThat(catalog.importCsv(producer.id(), new StringReader(""), "GBP").problems())
                .containsExactly(new ImportProblem(0, "file", "The file is empty."));
        assertThat(catalog.importCsv(
                                producer.id(),
                                new StringReader(HEADER
                                        + "DUP,Onions,vegetables,kg,1,1.60,30,\nDUP,Onions,vegetables,kg,2,3.00,30,\n"),
                                "GBP")
                        .problems())
                .containsExactly(new ImportProblem(3, "sku", "SKU DUP is already used on row 2."));
        assertThat(catalog.variantsOf(producer.id())).isEmpty();
    }

    @Test
    void skusBelongToTheirProducer() {
        var first = fixtures.market().producer();
        var second = fixtures.market().producer();
        catalog.importCsv(first.id(), new StringReader(HEADER + "SAME-1,Onions,vegetables,kg,1,1.60,30,\n"), "GBP");

        ImportReport report = catalog.importCsv(
                second.id(), new StringReader(HEADER + "SAME-1,Leeks,vegetables,kg,1,2.00,5,\n"), "GBP");

        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, List.of()));
        assertThat(catalog.variantsOf(first.id()))
                .extracting(Variant::productName)
                .containsExactly("Onions");
    }

    @Test
    void tenThousandRowsImportInOneGo() {
        var producer = fixtures.market().producer();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            csv.append("BULK-")
                    .append(i)
                    .append(",Product ")
                    .append(i / 2)
                    .append(",vegetables,g,")
                    .append(i % 2 == 0 ? 500 : 1000)
                    .append(",")
                    .append(1 + i % 7)
                    .append(".25,")
                    .append(i % 50)
                    .append(",Grown for tests\n");
        }

        ImportReport report = catalog.importCsv(producer.id(), new StringReader(csv.toString()), "GBP");

        // How long it takes is measured by `bench market`, not asserted here.
        assertThat(report).isEqualTo(new ImportReport(10_000, 10_000, 0, List.of()));
        assertThat(catalog.variantsOf(producer.id())).hasSize(10_000);
    }
}
