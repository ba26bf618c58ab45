package vn.nhacviec.document;

/**
 * How many records and fields a CSV text holds, counted without building them, the way Apache
 * Commons CSV's default format splits it (a field is quoted only when a quote opens it; {@code ""}
 * inside quotes is one quote). A CSV parser holds a whole record before it hands it over: one line
 * of five million commas would be five million strings, so the shape is checked first.
 *
 * @param records the records (lines outside quotes)
 * @param widest  the fields of the widest record
 * @param fields  all fields together
 */
public record CsvShape(int records, int widest, long fields) {

    public static CsvShape of(String text, char delimiter) {
        int records = 0;
        int widest = 0;
        long fields = 0;
        int inRecord = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            if (c == delimiter) {
                inRecord++;
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                records++;
                widest = Math.max(widest, inRecord);
                fields += inRecord;
                inRecord = 1;
                fieldStart = true;
                any = false;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c != ' ') {
                fieldStart = false;
            }
        }
        if (any) {
            records++;
            widest = Math.max(widest, inRecord);
            fields += inRecord;
        }
        return new CsvShape(records, widest, fields);
    }

    /** True when reading the text as CSV with this delimiter stays within the budget. */
    public boolean within(ReadingBudget budget) {
        return widest <= budget.maxColumns() && records <= budget.maxRows() && fields <= budget.maxCells();
    }

    /** The limit this shape passes, to refuse the file with. */
    public LimitExceeded exceeded(ReadingBudget budget) {
        if (widest > budget.maxColumns()) {
            return new LimitExceeded("a line of it has " + widest + " fields (limit: " + budget.maxColumns() + " columns)",
                    "một dòng của tệp có " + widest + " cột, vượt giới hạn " + budget.maxColumns() + " cột");
        }
        if (records > budget.maxRows()) {
            return new LimitExceeded("it has " + records + " lines (limit: " + budget.maxRows() + " rows)",
                    "tệp có " + records + " dòng, vượt giới hạn " + budget.maxRows() + " dòng");
        }
        return new LimitExceeded("it has " + fields + " fields (limit: " + budget.maxCells() + " cells)",
                "tệp có " + fields + " ô, vượt giới hạn " + budget.maxCells() + " ô");
    }
}
