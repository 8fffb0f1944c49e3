package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code eval anomalies} on quiet synthetic series, where injected glitches are plain to see. */
class AnomalyEvaluationTest {

    @Test
    void findsMostInjectedGlitchesOnQuietSeriesAndTheGuardRemovesMostOfTheirHarm() {
        Random random = new Random(7);
        List<double[]> series = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            double[] y = new double[80];
            for (int t = 0; t < y.length; t++) {
                y[t] = 30 + random.nextInt(7);
            }
            series.add(y);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AnomalyEvaluation.run(series, 60, 1, 52, 4, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 3))
                .allSatisfy(line -> assertThat(line).matches("result type=(spike|drop|shift) injected=20 .*"));
        assertThat(lines.get(3)).startsWith("result type=all injected=60");
        assertThat(value(lines.get(3), "recall")).isGreaterThan(0.8);
        assertThat(value(lines.get(3), "precision")).isGreaterThan(0.8);
        assertThat(value(lines.get(4), "harm_removed")).isGreaterThan(0.5);
        assertThat(value(lines.get(5), "false_alarms")).isZero();
    }

    private static double value(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new AssertionError(key + " not in " + line);
    }
}
