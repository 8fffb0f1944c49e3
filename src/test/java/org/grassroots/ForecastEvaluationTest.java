package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval forecast} on a hand-made file in the data sets' long format. */
class ForecastEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void printsOneResultLinePerMethodThenTheSummaryAndCountsSkippedSeries() throws Exception {
        StringBuilder csv = new StringBuilder("series_id,date,quantity\n");
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int t = 0; t < 70; t++) {
            csv.append("weekly,")
                    .append(start.plusDays(t))
                    .append(',')
                    .append(5 + 10 * (t % 7 == 5 ? 1 : 0))
                    .append('\n');
            csv.append("flat,").append(start.plusDays(t)).append(",3\n");
        }
        csv.append("short,2026-01-01,1\nshort,2026-01-02,2\n");
        Path file = Files.writeString(dir.resolve("demand.csv"), csv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ForecastEvaluation.run(ForecastEvaluation.read(file), 7, 2, 7, new PrintStream(out), quiet());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("result method=naive series=1 rmsse=");
        assertThat(lines.get(4)).startsWith("result method=grassroots series=1");
        // a pure weekly pattern: seasonal naive is perfect
        assertThat(lines.get(1)).contains("rmsse=0.0000");
        assertThat(lines.get(5)).startsWith("result summary").contains("skipped_short=1 skipped_constant=1");
    }

    @Test
    void onlySeriesCoveringTheSameDatesFormAGroup() throws Exception {
        Path same = Files.writeString(
                dir.resolve("same.csv"),
                "series_id,date,quantity\na,2026-01-01,1\na,2026-01-02,2\nb,2026-01-01,3\nb,2026-01-02,4\n");
        Path shifted = Files.writeString(
                dir.resolve("shifted.csv"),
                "series_id,date,quantity\na,2026-01-01,1\na,2026-01-02,2\nb,2026-01-02,3\nb,2026-01-03,4\n");

        assertThat(ForecastEvaluation.groupTotal(
                        List.copyOf(ForecastEvaluation.read(same).values())))
                .containsExactly(4, 6);
        assertThat(ForecastEvaluation.groupTotal(
                        List.copyOf(ForecastEvaluation.read(shifted).values())))
                .isNull();
    }

    @Test
    void aGroupAlsoGetsTheHindsightBoundOfItsSharesOnTheProgressStream() throws Exception {
        // b is always twice a, and a jumps around unpredictably: shares are exact, totals are not
        StringBuilder csv = new StringBuilder("series_id,date,quantity\n");
        java.util.Random random = new java.util.Random(7);
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int t = 0; t < 70; t++) {
            int a = 1 + random.nextInt(20);
            csv.append("a,").append(start.plusDays(t)).append(',').append(a).append('\n');
            csv.append("b,").append(start.plusDays(t)).append(',').append(2 * a).append('\n');
        }
        assertThat(progressOf("group.csv", csv))
                .contains("hindsight bound (not a forecast): top-down shares times the group's actual future total"
                        + " give rmsse=0.0000");
    }

    @Test
    void everyDataSetGetsTheHindsightBoundOfKnowingEachSeriesMeanOverTheEvaluatedPoints() throws Exception {
        // a noisy history, then a level no forecaster could foresee, held flat over the evaluated points
        StringBuilder csv = new StringBuilder("series_id,date,quantity\n");
        java.util.Random random = new java.util.Random(3);
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int t = 0; t < 70; t++) {
            int quantity = t < 56 ? random.nextInt(20) : 40;
            csv.append("alone,")
                    .append(start.plusDays(t))
                    .append(',')
                    .append(quantity)
                    .append('\n');
        }
        assertThat(progressOf("alone.csv", csv))
                .contains("hindsight bound (not a forecast): each series' actual mean over all the evaluated points,"
                        + " forecast flat, give rmsse=0.0000");
    }

    @Test
    void aFileInAnotherFormatIsRefusedWithAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("other.csv"), "id,when,qty\n1,2026-01-01,2\n");

        assertThatThrownBy(() -> ForecastEvaluation.read(file)).hasMessageContaining("series_id,date,quantity");
    }

    /** What {@code eval forecast} prints on its progress stream for this file (horizon 7, 2 origins, season 7). */
    private String progressOf(String name, CharSequence csv) throws Exception {
        Path file = Files.writeString(dir.resolve(name), csv);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ForecastEvaluation.run(ForecastEvaluation.read(file), 7, 2, 7, quiet(), new PrintStream(progress));
        return progress.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
