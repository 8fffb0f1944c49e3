package org.grassroots.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes RFC 4180 rows; also neutralises cells that a spreadsheet would run as a formula. */
public final class CsvRows {

    private CsvRows() {}

    public static String row(Object... cells) {
        return Arrays.stream(cells).map(CsvRows::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
