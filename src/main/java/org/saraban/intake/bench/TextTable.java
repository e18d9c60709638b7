package org.saraban.intake.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, printed as Markdown so it can be pasted into docs. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] text = new String[columns];
        for (int i = 0; i < columns; i++) {
            text[i] = String.valueOf(cells[i]);
        }
        rows.add(text);
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            out.println(line(rows.get(k), width));
            if (k == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                out.println(line(rule, width));
            }
        }
        out.flush();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            sb.append(' ').append(c).append(" ".repeat(width[i] - c.codePointCount(0, c.length()))).append(" |");
        }
        return sb.toString();
    }
}
