package org.grassroots.platform.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, instead of a stack trace, what to do when a second Grassroots starts on the same data directory. */
final class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "The database directory " + cause.dataDir() + " is in use by another Grassroots running on this"
                        + " machine.",
                "Stop the other one first, or start this one with a directory of its own:"
                        + " --grassroots.database.data-dir=DIR",
                cause);
    }
}
