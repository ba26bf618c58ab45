package vn.nhacviec.directory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import vn.nhacviec.document.CsvShape;
import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.document.SheetCells;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A roster file's cells, row by row as the spreadsheet shows them. The kind is recognised by the
 * bytes, never the name: an Excel workbook (.xlsx or .xls: the first sheet with a roster header),
 * else CSV text (UTF-8 with or without byte-order mark; comma, semicolon or tab, as Excel writes
 * it). Anything else is {@link Unreadable}, with one problem for the whole file.
 *
 * <p>POI's own magic-byte test decides "workbook or not" here rather than {@code plan.FileKind}:
 * the plan package depends on this one (units), and FileKind's refusals speak of plans.
 */
final class RosterRows {

    /** The rows (cells as text, trailing cells may be missing) and the header, null when none was found. */
    record Table(List<List<String>> rows, RosterHeader header) {
    }

    /** The file as a whole cannot be read: the problem is on line 0. */
    static final class Unreadable extends RuntimeException {
        private final transient RosterFile.Problem problem;

        Unreadable(String message, String messageVi) {
            super(message, null, false, false);
            this.problem = new RosterFile.Problem(0, message, messageVi);
        }

        RosterFile.Problem problem() {
            return problem;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private RosterRows() {
    }

    static Table read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new Unreadable(name + " is empty", "Tệp " + name + " không có nội dung.");
        }
        if (bytes.length > RosterFile.MAX_BYTES) {
            throw new Unreadable(name + " is larger than the " + RosterFile.MAX_BYTES / 1048576 + " MB limit for a roster file",
                    "Tệp " + name + " quá lớn (tối đa " + RosterFile.MAX_BYTES / 1048576 + " MB cho danh sách cán bộ).");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            // the whole file, one sheet after another, under the reading budget
            return workbook(name, bytes);
        }
        if (magic != FileMagic.UNKNOWN && magic != FileMagic.XML && magic != FileMagic.HTML) {
            throw notASheet(name);
        }
        return csv(text(name, bytes));
    }

    /** CSV text: the delimiter is the one under which a roster header shows the most columns. */
    static Table csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Table best = null;
        List<List<String>> fallback = null;
        LimitExceeded over = null;
        for (char delimiter : DELIMITERS) {
            CsvShape shape = CsvShape.of(body, delimiter);
            if (!shape.within(ReadingBudget.DEFAULT)) {
                over = shape.exceeded(ReadingBudget.DEFAULT);
                continue; // not a roster with this delimiter: a parser would hold every field of it
            }
            List<List<String>> rows;
            try {
                rows = csvRows(body, delimiter);
            } catch (IOException | RuntimeException e) {
                continue; // not CSV with this delimiter (an unclosed quote, say)
            }
            fallback = fallback == null ? rows : fallback;
            Optional<RosterHeader> header = RosterHeader.find(rows);
            if (header.isPresent() && (best == null || header.get().columns() > best.header().columns())) {
                best = new Table(rows, header.get());
            }
        }
        if (best != null) {
            return best;
        }
        if (fallback == null && over != null) {
            throw new Unreadable("the file is refused: " + over.getMessage(), "Tệp bị từ chối: " + over.forUser());
        }
        if (fallback == null) {
            throw new Unreadable("not a readable CSV file (an unclosed quote?)",
                    "Tệp CSV bị lỗi, không đọc được (có thể thiếu dấu ngoặc kép đóng).");
        }
        return new Table(fallback, null);
    }

    private static List<List<String>> csvRows(String text, char delimiter) throws IOException {
        // Empty lines are kept so that row numbers are the ones Excel shows.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static Table workbook(String name, byte[] bytes) {
        ReadingBudget.Meter meter = ReadingBudget.DEFAULT.start();
        List<List<String>> first = new ArrayList<>();
        boolean[] seen = {false};
        try {
            Optional<Table> table = SheetCells.first(bytes, meter, sheet -> {
                List<List<String>> rows = rows(sheet);
                Optional<RosterHeader> header = RosterHeader.find(rows);
                if (header.isPresent()) {
                    return Optional.of(new Table(rows, header.get()));
                }
                if (!seen[0]) {
                    seen[0] = true;
                    first.addAll(rows);
                }
                return Optional.empty();
            });
            return table.orElseGet(() -> new Table(first, null));
        } catch (LimitExceeded e) {
            throw new Unreadable(e.english(name), "Tệp " + name + " bị từ chối: " + e.forUser());
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new Unreadable(name + " is refused: reading it needs more than the service may spend on one file",
                    "Tệp " + name + " bị từ chối: tệp quá lớn hoặc quá phức tạp để đọc.");
        } catch (EncryptedDocumentException e) {
            throw new Unreadable(name + " is protected by a password; save it without the password",
                    "Tệp " + name + " có mật khẩu; hãy lưu lại không đặt mật khẩu rồi gửi lại.");
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(name + " is not an Excel workbook (.xlsx/.xls) or is damaged: " + oneLine(e)
                    + "; save the roster from Excel as .xlsx or as CSV UTF-8",
                    "Tệp " + name + " không phải bảng tính Excel (.xlsx, .xls) hoặc đã bị hỏng; hãy lưu danh sách "
                            + "từ Excel thành tệp .xlsx hoặc CSV UTF-8.");
        }
    }

    /**
     * Every row up to the last used one; a merged cell's text fills the whole region (one commune
     * cell for many officers), the region clipped to the sheet's used size.
     */
    private static List<List<String>> rows(SheetCells.SheetData sheet) {
        List<List<String>> rows = sheet.grid(RosterRows::text);
        for (SheetCells.Merged merged : sheet.merged()) {
            String value = cell(rows, merged.firstRow(), merged.firstColumn());
            for (int r = merged.firstRow(); r <= merged.lastRow() && r < sheet.rows(); r++) {
                List<String> cells = rows.get(r);
                for (int c = merged.firstColumn(); c <= merged.lastColumn() && c < sheet.columns(); c++) {
                    cells.set(c, value);
                }
            }
        }
        return rows;
    }

    private static String cell(List<List<String>> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : "";
    }

    private static String text(SheetCells.Value value) {
        if (value instanceof SheetCells.Text text) {
            return text.text();
        }
        if (value instanceof SheetCells.Number n) {
            return n.day() != null ? n.day().format(DAY) : number(n.value());
        }
        return String.valueOf(((SheetCells.Bool) value).value());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String text(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Excel's plain "CSV (Comma delimited)" writes the Windows code page, not UTF-8.
            throw new Unreadable(name + " is not UTF-8 text; in Excel save it as \"CSV UTF-8 (Comma delimited)\" "
                    + "or send the .xlsx file",
                    "Tệp " + name + " không phải văn bản mã UTF-8; trong Excel hãy chọn lưu dạng "
                            + "\"CSV UTF-8 (Comma delimited)\" hoặc gửi thẳng tệp .xlsx.");
        }
        if (text.indexOf('\0') >= 0) {
            throw notASheet(name);
        }
        return text;
    }

    private static Unreadable notASheet(String name) {
        return new Unreadable(name + " is neither an Excel workbook (.xlsx/.xls) nor a CSV file",
                "Tệp " + name + " không phải bảng tính Excel (.xlsx, .xls) hay tệp CSV; hãy gửi danh sách cán bộ "
                        + "dạng Excel.");
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }
}
