package org.grassroots.catalog;

import java.util.List;

/**
 * What a CSV import did. When there are problems nothing was written.
 *
 * @param rows data rows read (header and blank lines not counted)
 * @param created variants created
 * @param updated variants updated (matched by SKU)
 */
public record ImportReport(int rows, int created, int updated, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public static ImportReport refused(int rows, List<ImportProblem> problems) {
        return new ImportReport(rows, 0, 0, problems);
    }
}
