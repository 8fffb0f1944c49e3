package org.grassroots.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path temp;

    @Test
    void aDataDirectoryThatCannotBeCreatedIsRefusedWithWhatToDo() throws Exception {
        Path aFile = Files.writeString(temp.resolve("not-a-directory"), "x");
        Path dataDir = aFile.resolve("postgres");

        assertThatThrownBy(() -> new EmbeddedPostgresConfiguration()
                        .embeddedPostgres(new DatabaseProperties(dataDir.toString(), 0, "grassroots", 2, -1)))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(dataDir.toString())
                .hasMessageContaining("cannot be created or written")
                .satisfies(e ->
                        assertThat(((DataDirectoryException) e).action()).contains("--grassroots.database.data-dir="));
    }
}
