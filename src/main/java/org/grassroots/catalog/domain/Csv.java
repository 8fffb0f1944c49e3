package org.grassroots.catalog.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, quotes doubled inside quotes,
 * and line breaks allowed inside quoted fields. A leading UTF-8 byte order mark is skipped.
 */
public final class Csv {

    private Csv() {}

    /** One record and the line it starts on (1-based). */
    public record Record(int line, List<String> fields) {

        public boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    public static List<Record> read(Reader reader) {
        try {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> splitLine(String line) {
        List<Record> records = read(new StringReader(line));
        return records.isEmpty() ? List.of("") : records.get(0).fields();
    }

    private static List<Record> parse(Reader reader) throws IOException {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            int next = reader.read();
            if (quoted) {
                if (c == '"' && next == '"') {
                    field.append('"');
                    next = reader.read();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' && next == '\n') {
                // the \n ends the record
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
            c = next;
        }
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
