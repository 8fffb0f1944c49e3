package org.grassroots.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.grassroots.common.GeoPoint;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NetworkIntegrationTest {

    @Autowired
    NetworkApi network;

    @Test
    void anEnterpriseLookedUpBeforeItExistedIsFoundOnceRegistered() {
        String slug = "late-hub-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(network.findSeller(slug)).isEmpty();

        Enterprise hub = network.register(new NewEnterprise(
                slug,
                EnterpriseKind.HUB,
                null,
                "Late Hub",
                "Testville",
                new GeoPoint(51.45, -2.58),
                "Opened after a shopper looked for it.",
                List.of(),
                List.of()));

        assertThat(network.findSeller(slug)).contains(hub);
        assertThat(network.find(hub.id())).contains(hub);
        assertThat(network.findAll(List.of(hub.id()))).containsEntry(hub.id(), hub);
    }

    @Test
    void aProducerRegisteredAfterASearchIsFoundByTheSameSearch() {
        String name = "Zyx" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
        assertThat(network.searchProducers(name)).isEmpty();

        Enterprise farm = network.register(new NewEnterprise(
                name.toLowerCase(),
                EnterpriseKind.PRODUCER,
                ProducerType.FIELD_FARM,
                name + " Farm",
                "Testville",
                new GeoPoint(51.40, -2.60),
                "A farm found by name.",
                List.of(),
                List.of()));

        assertThat(network.searchProducers(name)).containsExactly(farm.id());
    }
}
