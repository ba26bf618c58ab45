package vn.nhacviec.plan.document.pdf;

import java.util.List;

/** A piece of a page, top to bottom: text outside tables as the text stripper wrote it, or a table's rows. */
public sealed interface PageBlock {

    /** Text outside any table, as lines. */
    record Text(String text) implements PageBlock {
        public Text {
            text = text == null ? "" : text;
        }

        /** Short text between two parts of a table (a page number, a running header) is page furniture. */
        boolean isFurniture() {
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            return lines.size() <= 3 && lines.stream().allMatch(l -> l.strip().length() <= 80);
        }
    }

    /** A ruled table: its grid and its rows of cell texts. */
    record Rows(Table table, List<List<String>> rows) implements PageBlock {
        public Rows {
            rows = List.copyOf(rows);
        }
    }
}
