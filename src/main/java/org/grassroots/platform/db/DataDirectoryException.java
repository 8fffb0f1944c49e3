package org.grassroots.platform.db;

import java.nio.file.Path;

/** The embedded database cannot use its data directory; says why and what to do instead. */
final class DataDirectoryException extends IllegalStateException {

    private static final String OPTION = "--grassroots.database.data-dir=DIR";

    private final String action;

    private DataDirectoryException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** Another running Grassroots holds the directory. */
    static DataDirectoryException inUse(Path dataDir) {
        return new DataDirectoryException(
                "The database directory " + dataDir + " is in use by another Grassroots running on this machine.",
                "Stop the other one first, or start this one with a directory of its own: " + OPTION,
                null);
    }

    /** The directory cannot be created or written. */
    static DataDirectoryException notWritable(Path dataDir, Exception cause) {
        return new DataDirectoryException(
                "The database directory " + dataDir + " cannot be created or written"
                        + (cause == null
                                ? "."
                                : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")."),
                "Start Grassroots with a directory this user may write to: " + OPTION,
                cause);
    }

    String action() {
        return action;
    }
}
