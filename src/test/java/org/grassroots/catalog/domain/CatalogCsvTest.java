package org.grassroots.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Month;
import java.util.Set;
import org.grassroots.catalog.ImportProblem;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.UnitKind;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    private static final Set<String> CATEGORIES = Set.of("vegetables", "cheese");
    private static final String HEADER = "sku,product_name,category,unit,unit_value,price,stock,season\n";

    @Test
    void readsGoodRowsInStoredUnits() {
        CatalogCsv.Result result = read(HEADER
                + "C-1,Carrots,vegetables,kg,1.5,2.10,40,all\n"
                + "C-2,Carrots,Vegetables,g,500,0.90,on demand,all\n"
                + "\"H-1\",\"Hard cheese, aged\",cheese,g,200,\"4.95\",12,\n"
                + "A-1,Asparagus,vegetables,item,12,3,5,4-6\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataRows()).isEqualTo(4);
        CatalogCsv.Row carrots = result.rows().get(0);
        assertThat(carrots.unitKind()).isEqualTo(UnitKind.WEIGHT);
        assertThat(carrots.unitValue()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(carrots.priceMinor()).isEqualTo(210);
        assertThat(result.rows().get(1).onDemand()).isTrue();
        assertThat(result.rows().get(1).category()).isEqualTo("vegetables");
        assertThat(result.rows().get(2).productName()).isEqualTo("Hard cheese, aged");
        assertThat(result.rows().get(3).season()).isEqualTo(new Season(Month.APRIL, Month.JUNE));
        assertThat(result.rows().get(3).line()).isEqualTo(5);
    }

    @Test
    void reportsEveryKindOfProblemWithRowAndColumn() {
        CatalogCsv.Result result = read(HEADER
                + ",No SKU,vegetables,g,100,1.00,1,\n" // row 2: sku required
                + "B 2,Bad sku,vegetables,g,100,1.00,1,\n" // row 3: sku characters
                + "B-3,,vegetables,g,100,1.00,1,\n" // row 4: name required
                + "B-4,Bad category,fruitcake,g,100,1.00,1,\n" // row 5
                + "B-5,Bad unit,vegetables,lb,100,1.00,1,\n" // row 6
                + "B-6,Bad value,vegetables,g,-3,1.00,1,\n" // row 7
                + "B-7,Bad price,vegetables,g,100,1.005,1,\n" // row 8: too many decimals
                + "B-8,Bad price,vegetables,g,100,cheap,1,\n" // row 9
                + "B-9,Bad stock,vegetables,g,100,1.00,-1,\n" // row 10
                + "B-10,Bad stock,vegetables,g,100,1.00,lots,\n" // row 11
                + "B-11,Bad season,vegetables,g,100,1.00,1,13-2\n" // row 12
                + "B-12,Negative price,vegetables,g,100,-1,1,\n"); // row 13

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::field)
                .containsExactly(
                        tuple(2, "sku"),
                        tuple(3, "sku"),
                        tuple(4, "product_name"),
                        tuple(5, "category"),
                        tuple(6, "unit"),
                        tuple(7, "unit_value"),
                        tuple(8, "price"),
                        tuple(9, "price"),
                        tuple(10, "stock"),
                        tuple(11, "stock"),
                        tuple(12, "season"),
                        tuple(13, "price"));
        assertThat(result.problems().get(3).reason()).isEqualTo("Unknown category 'fruitcake'.");
    }

    @Test
    void duplicateSkuIsReportedAgainstTheFirstRow() {
        CatalogCsv.Result result =
                read(HEADER + "D-1,Leeks,vegetables,g,500,1.90,10,\n" + "d-1,Leeks large,vegetables,g,1000,3.40,10,\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactly(new ImportProblem(3, "sku", "SKU d-1 is already used on row 2."));
    }

    @Test
    void variantsOfOneProductMustAgreeOnCategory() {
        CatalogCsv.Result result =
                read(HEADER + "E-1,Mixed box,vegetables,g,500,1.90,10,\n" + "E-2,Mixed box,cheese,g,1000,3.40,10,\n");

        assertThat(result.problems())
                .containsExactly(new ImportProblem(3, "category", "Differs from row 2 for the same product."));
    }

    @Test
    void emptyFilesAndBadHeadersAreRefusedAsAWhole() {
        assertThat(read("").problems()).containsExactly(new ImportProblem(0, "file", "The file is empty."));
        assertThat(read("\n\n").problems()).containsExactly(new ImportProblem(0, "file", "The file is empty."));
        assertThat(read(HEADER).problems())
                .containsExactly(new ImportProblem(0, "file", "The file has a header but no rows."));
        assertThat(read("sku,product_name,colour\nX,Y,red\n").problems())
                .extracting(ImportProblem::field)
                .containsExactlyInAnyOrder("colour", "category", "unit", "unit_value", "price", "stock");
    }

    @Test
    void nulCharactersAreProblemsAndUtf16IsRecognised() {
        assertThat(read(HEADER + "N-1,Kale\0,vegetables,g,500,1.90,10,\n").problems())
                .containsExactly(new ImportProblem(2, "product_name", "Contains a NUL character (\\u0000)."));
        String utf16ReadAsUtf8 = HEADER.replaceAll("(.)", "$1\0");
        assertThat(read(utf16ReadAsUtf8 + "N-1,Kale,vegetables,g,500,1.90,10,\n")
                        .problems())
                .containsExactly(new ImportProblem(
                        0, "file", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again."));
    }

    @Test
    void tooManyRowsAreRefusedBeforeAnyIsRead() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 11; i++) {
            csv.append("M-").append(i).append(",Mint,vegetables,g,30,1.20,5,\n");
        }
        CatalogCsv.Result result = CatalogCsv.read(new StringReader(csv.toString()), CATEGORIES, 2, 10);

        assertThat(result.problems())
                .containsExactly(new ImportProblem(0, "file", "At most 10 rows can be imported at once."));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        CatalogCsv.Result result = read("sku,product_name,category,unit,unit_value,price,stock,description\r\n"
                + "Q-1,\"Soup, \"\"winter\"\"\",vegetables,ml,500,3.50,4,\"Line one\r\nline two\"\r\n"
                + "Q-2,Broth,vegetables,ml,500,3.50,4,plain\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows().get(0).productName()).isEqualTo("Soup, \"winter\"");
        assertThat(result.rows().get(0).description()).isEqualTo("Line one\r\nline two");
        assertThat(result.rows().get(1).line()).isEqualTo(4);
    }

    private static CatalogCsv.Result read(String csv) {
        return CatalogCsv.read(new StringReader(csv), CATEGORIES, 2, 50_000);
    }
}
