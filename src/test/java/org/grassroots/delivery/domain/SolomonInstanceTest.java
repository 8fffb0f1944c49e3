package org.grassroots.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolomonInstanceTest {

    static final List<String> TINY = List.of(
            "TINY",
            "",
            "VEHICLE",
            "NUMBER     CAPACITY",
            "  2         12",
            "",
            "CUSTOMER",
            "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME",
            "",
            "    0      0          0          0          0        100          0",
            "    1      3          4          6          0         20          1",
            "    2      6          8          5         10         30          1",
            "    3      0          10         4          0         40          2");

    @Test
    void readsTheFleetAndEveryCustomerWithTheDepotFirst() throws Exception {
        SolomonInstance c101 = SolomonInstance.read(Path.of("src/test/resources/delivery/solomon/C101.txt"));

        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.vehicles()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.customers()).hasSize(101);
        assertThat(c101.depot()).isEqualTo(new SolomonInstance.Customer(0, 40, 50, 0, 0, 1236, 0));
        assertThat(c101.customers().get(1)).isEqualTo(new SolomonInstance.Customer(1, 45, 68, 10, 912, 967, 90));
        assertThat(c101.distance(0, 1)).isEqualTo(Math.hypot(5, 18));
    }

    @Test
    void aPlanHasTheWholeFleetAndOneStopPerCustomer() {
        RoutePlan plan = SolomonInstance.parse(TINY, "tiny").toPlan(RoutePlan.Objective.DISTANCE_FIRST);

        assertThat(plan.getVehicles()).hasSize(2);
        assertThat(plan.getStops()).extracting(Stop::getId).containsExactly("1", "2", "3");
        assertThat(plan.getStops().get(1).windowStart()).isEqualTo(10 * 1_000_000L);
        assertThat(plan.getVehicles().get(0).travel().distance(0, 1)).isEqualTo(5 * 1_000_000L);
    }

    @Test
    void refusesTextThatIsNotAnInstanceNamingTheLine() {
        assertThatThrownBy(() -> SolomonInstance.parse(List.of("X", "    0 1 2 3"), "bad.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.txt line 2");
        List<String> skipped = TINY.stream().filter(l -> !l.startsWith("    2")).toList();
        assertThatThrownBy(() -> SolomonInstance.parse(skipped, "gap.txt"))
                .hasMessageContaining("expected customer 2, found 3");
        List<String> letters =
                TINY.stream().map(l -> l.replace(" 20 ", " soon ")).toList();
        assertThatThrownBy(() -> SolomonInstance.parse(letters, "words.txt"))
                .hasMessageContaining("not a number: soon");
        assertThatThrownBy(() -> SolomonInstance.parse(TINY.subList(0, 2), "empty.txt"))
                .hasMessageContaining("no VEHICLE NUMBER");
    }
}
