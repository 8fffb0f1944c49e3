package org.grassroots.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.Role;
import org.grassroots.market.MarketApi;
import org.grassroots.network.Enterprise;
import org.grassroots.network.EnterpriseKind;
import org.grassroots.network.NetworkApi;
import org.grassroots.network.ProducerType;
import org.grassroots.supply.application.Planning;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoMarketIntegrationTest {

    @Autowired
    NetworkApi network;

    @Autowired
    CatalogApi catalog;

    @Autowired
    MarketApi market;

    @Autowired
    IdentityApi identity;

    @Autowired
    DemoMarketLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Test
    void hasProducersOfEveryKindAroundTheCity() {
        // Other tests in this context add their own enterprises; the demo's are the ones without "test-".
        List<Enterprise> producers = network.list(EnterpriseKind.PRODUCER).stream()
                .filter(p -> !p.slug().startsWith("test-"))
                .toList();

        assertThat(producers).hasSizeGreaterThanOrEqualTo(25);
        assertThat(producers)
                .extracting(Enterprise::producerType)
                .contains(
                        ProducerType.FIELD_FARM,
                        ProducerType.ORCHARD,
                        ProducerType.DAIRY,
                        ProducerType.BAKERY,
                        ProducerType.FISHERY,
                        ProducerType.RANCH);
        assertThat(producers.stream().filter(p -> p.producerType() == ProducerType.VERTICAL_FARM))
                .hasSizeGreaterThanOrEqualTo(2);
        Enterprise hub = network.findBySlug("central-hub").orElseThrow();
        assertThat(producers).allSatisfy(p -> {
            assertThat(p.distanceKmTo(hub)).isLessThan(50);
            assertThat(p.story()).isNotBlank();
        });
        assertThat(network.list(EnterpriseKind.HUB))
                .extracting(Enterprise::slug)
                .contains("central-hub", "north-hub");
        assertThat(network.list(EnterpriseKind.COOP))
                .extracting(Enterprise::slug)
                .contains("bedminster-coop");
    }

    @Test
    void everyProductHasUsdaNutritionAndEveryCategoryIsStocked() {
        assertThat(catalog.countProducts()).isGreaterThanOrEqualTo(300);
        long withoutNutrition = jdbc.sql("select count(*) from product p where not exists "
                        + "(select 1 from product_nutrition n where n.product_id = p.id and n.source like 'USDA SR28%') "
                        + "and p.producer_id in (select id from enterprise where slug not like 'test-%')")
                .query(Long.class)
                .single();
        assertThat(withoutNutrition).isZero();
        List<String> topLevels = jdbc.sql(
                        "select distinct c.parent from product p join category c on c.slug = p.category")
                .query(String.class)
                .list();
        assertThat(topLevels).containsExactlyInAnyOrder("produce", "dairy-eggs", "meat-fish", "bakery", "pantry");
    }

    @Test
    void hasDemoAccountsForEveryRoleAndShoppersWithHistory() {
        assertThat(identity.findByEmail("admin@neoterica.test").orElseThrow().has(Role.ADMIN))
                .isTrue();
        assertThat(identity.findByEmail("hub@neoterica.test").orElseThrow().has(Role.HUB_MANAGER))
                .isTrue();
        assertThat(identity.findByEmail("producer@neoterica.test").orElseThrow().has(Role.PRODUCER))
                .isTrue();
        var shopper = identity.findByEmail("shopper@neoterica.test").orElseThrow();
        assertThat(network.enterprisesOf(identity.findByEmail("producer@neoterica.test")
                        .orElseThrow()
                        .id()))
                .extracting(Enterprise::slug)
                .containsExactly("chew-valley-organic");

        long shopperOrders = jdbc.sql("select count(*) from customer_order where shopper_id = ?")
                .param(shopper.id().value())
                .query(Long.class)
                .single();
        assertThat(shopperOrders).isGreaterThanOrEqualTo(3);
        assertThat(market.countOrders()).isGreaterThan(50);
        // every demo order was picked up or delivered through one of its cycle's options
        List<String> kinds = jdbc.sql("select coalesce(f.kind, 'NONE') from customer_order o"
                        + " join enterprise h on h.id = o.hub_id and h.slug not like 'test-%'"
                        + " left join fulfilment_option f on f.id = o.fulfilment_option_id and f.cycle_id = o.cycle_id")
                .query(String.class)
                .list();
        assertThat(kinds).contains("PICKUP", "DELIVERY").doesNotContain("NONE");
    }

    @Test
    void theDocumentedProducerFindsTheDocumentedRepeatedOrdersOnPlan() {
        Enterprise chewValley = network.enterprisesOf(identity.findByEmail("producer@neoterica.test")
                        .orElseThrow()
                        .id())
                .get(0);

        assertThat(planning.plan(chewValley.id(), 90).anomalies())
                .extracting(Planning.Anomaly::kind)
                .contains("DUPLICATE");
    }

    @Test
    void loadingAgainChangesNothing() {
        long enterprises = network.count();
        long products = catalog.countProducts();
        long orders = market.countOrders();
        long users = identity.countUsers();

        loader.load();

        assertThat(network.count()).isEqualTo(enterprises);
        assertThat(catalog.countProducts()).isEqualTo(products);
        assertThat(market.countOrders()).isEqualTo(orders);
        assertThat(identity.countUsers()).isEqualTo(users);
    }
}
