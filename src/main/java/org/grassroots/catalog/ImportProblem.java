package org.grassroots.catalog;

/**
 * One reason a CSV import was refused.
 *
 * @param row the line of the file the record starts on (1 is the header); 0 for the whole file
 * @param field the column, or "file"
 */
public record ImportProblem(int row, String field, String reason) {}
