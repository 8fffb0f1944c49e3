package org.grassroots.platform.db;

import java.nio.file.Path;

/** Another running Grassroots holds the embedded database's data directory. */
final class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path dataDir;

    DataDirectoryInUseException(Path dataDir) {
        super("The database directory " + dataDir + " is in use by another running Grassroots");
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}
