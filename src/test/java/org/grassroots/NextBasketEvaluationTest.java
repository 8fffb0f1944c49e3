package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval nbr} on a hand-made file in the data set's format. */
class NextBasketEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void printsOneResultLinePerMethodAndKeysetThenTheMeans() throws Exception {
        Path history = write("history.json", """
                {"1": [[-1], [0, 1], [0, 2], [-1]],
                 "2": [[-1], [0, 1, 3], [1, 3], [-1]],
                 "3": [[-1], [4], [4, 5], [-1]]}""");
        Path future = write("future.json", """
                {"1": [[-1], [0, 3], [-1]], "2": [[-1], [1, 3], [-1]], "3": [[-1], [4], [-1]]}""");
        Path keyset = write("keyset_0.json", """
                {"item_num": 6, "train": ["2"], "val": [], "test": ["1", "3"]}""");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        NextBasketEvaluation.run(
                history,
                future,
                List.of(keyset),
                new int[] {1, 2},
                new PrintStream(out, true),
                new PrintStream(new ByteArrayOutputStream()));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("result method=g-topfreq keyset=0 recall@1=");
        assertThat(lines.get(5))
                .startsWith("result method=grassroots keyset=mean")
                .contains("users=2");
        // household 3 buys item 4 every time: every personal method gets it at rank 1
        assertThat(lines.get(1)).contains("phr@1=1.0000");
    }

    private Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }
}
