package vn.nhacviec.plan.document;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.nhacviec.document.CsvShape;
import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV task list (Apache Commons CSV; comma or semicolon, as Excel writes it in Vietnamese
 * locales) as plan text ({@link TaskSheet}). Recognised by its content: UTF-8 text without tabs
 * whose header row (STT, Nội dung/Nhiệm vụ) is comma- or semicolon-separated.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * The delimiter when the text is a CSV task list, else 0; {@link LimitExceeded} when a line has
     * more fields than a sheet may have columns.
     */
    public static char delimiter(String text) {
        if (text.indexOf('\t') >= 0) {
            return 0;
        }
        for (char delimiter : new char[] {';', ','}) {
            CsvShape shape = CsvShape.of(text, delimiter);
            if (shape.widest() > ReadingBudget.DEFAULT.maxColumns()) {
                throw shape.exceeded(ReadingBudget.DEFAULT); // a parser would hold the whole line as fields
            }
            try {
                List<List<String>> rows = rows(text, delimiter, 30);
                int header = TaskSheet.headerRow(rows);
                if (header >= 0 && rows.get(header).size() >= 3) {
                    return delimiter;
                }
            } catch (RuntimeException e) {
                // not CSV with this delimiter
            }
        }
        return 0;
    }

    /** The CSV task list as plan text; {@link LimitExceeded} when it holds more than the budget's rows or cells. */
    public static String toText(String name, String text, char delimiter) {
        CsvShape shape = CsvShape.of(text, delimiter);
        if (!shape.within(ReadingBudget.DEFAULT)) {
            throw shape.exceeded(ReadingBudget.DEFAULT);
        }
        return TaskSheet.toText(name, rows(text, delimiter, Integer.MAX_VALUE));
    }

    private static List<List<String>> rows(String text, char delimiter, int limit) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= limit) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
