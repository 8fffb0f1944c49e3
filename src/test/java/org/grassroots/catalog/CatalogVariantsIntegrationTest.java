package org.grassroots.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.grassroots.common.VariantId;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CatalogVariantsIntegrationTest {

    @Autowired
    CatalogApi catalog;

    @Autowired
    MarketFixtures fixtures;

    @Test
    void findsEachAskedVariantOnceByIdHoweverManyAreAsked() {
        var producer = fixtures.market().producer();
        StringBuilder csv = new StringBuilder("sku,product_name,category,unit,unit_value,price,stock\n");
        for (int i = 0; i < 70; i++) {
            csv.append("LOOK-").append(i).append(",Look ").append(i).append(",vegetables,kg,1,2.00,5\n");
        }
        assertThat(catalog.importCsv(producer.id(), new StringReader(csv.toString()), "GBP")
                        .succeeded())
                .isTrue();
        List<VariantId> all = catalog.variantsOf(producer.id()).stream()
                .map(Variant::id)
                .sorted(Comparator.comparingLong(VariantId::value))
                .toList();
        assertThat(all).hasSize(70);

        for (int count : List.of(1, 3, 5, 64, 65, 70)) {
            List<VariantId> wanted = all.subList(all.size() - count, all.size());
            List<VariantId> asked = new ArrayList<>(wanted);
            Collections.reverse(asked);
            assertThat(catalog.variants(asked)).extracting(Variant::id).containsExactlyElementsOf(wanted);
        }
        List<VariantId> repeated = new ArrayList<>(List.of(all.get(4), all.get(2), all.get(4)));
        repeated.add(new VariantId(Long.MAX_VALUE));
        assertThat(catalog.variants(repeated)).extracting(Variant::id).containsExactly(all.get(2), all.get(4));
    }
}
