package org.grassroots.market.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.network.Enterprise;
import org.grassroots.network.EnterpriseKind;
import org.junit.jupiter.api.Test;

class HubCycleFormTest {

    private static final Enterprise HUB = new Enterprise(
            new EnterpriseId(1),
            "hub",
            EnterpriseKind.HUB,
            null,
            "Hub",
            "Bristol",
            new GeoPoint(51.45, -2.58),
            "",
            List.of(),
            List.of());

    @Test
    void aDeliveryRadiusMustBeAboveZeroAndAtMostOneHundredKilometres() {
        assertThat(radiusError("25")).isNull();
        assertThat(radiusError("100")).isNull();
        assertThat(radiusError("100.5")).isEqualTo("A delivery radius is at most 100 km.");
        // these used to reach the database, whose column holds four digits of kilometres: a 500
        assertThat(radiusError("99999999999999999999")).isEqualTo("A delivery radius is at most 100 km.");
        assertThat(radiusError("1e999")).isEqualTo("A delivery radius is at most 100 km.");
        assertThat(radiusError("NaN")).isEqualTo("Enter a number above zero.");
        assertThat(radiusError("0")).isEqualTo("Enter a number above zero.");
    }

    private static String radiusError(String radius) {
        HubCycleForm form = new HubCycleForm(
                "Week of 7 Dec",
                "2026-12-01T20:00",
                "2026-12-08T20:00",
                List.of(2L),
                "NONE",
                "",
                "",
                "",
                "",
                "",
                "",
                true,
                radius,
                "3.50",
                "2026-12-10T09:00",
                "2026-12-10T17:00");
        HubCycleForm.Outcome outcome = form.toCycle(HUB, "GBP", ZoneId.of("Europe/London"));
        return outcome.errors().get("deliveryRadiusKm");
    }
}
