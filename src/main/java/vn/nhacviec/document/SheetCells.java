package vn.nhacviec.document;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The filled cells of a workbook's sheets, read under a {@link ReadingBudget}: an .xlsx streamed
 * with POI's event (SAX) reader, never as a document model; an .xls through POI's user model,
 * visiting only the cells that exist. A sheet's size is where its last filled cell is, not the
 * dimension it declares, and merged regions are kept as ranges, never expanded here: the callers
 * (plan text, roster) clip them to the used size.
 */
public final class SheetCells {

    /** A filled cell's value. */
    public sealed interface Value {
    }

    /** Text as typed (rich text runs joined). */
    public record Text(String text) implements Value {
    }

    /**
     * A number: {@code day} when the cell is formatted as a date, {@code formatted} as Excel shows it
     * (POI's {@link DataFormatter}), {@code formula} when it is a formula's cached result.
     */
    public record Number(double value, LocalDate day, boolean formula, String formatted) implements Value {
    }

    public record Bool(boolean value) implements Value {
    }

    public record FilledCell(int row, int column, Value value) {
    }

    /** A merged region, 0-based and inclusive, as declared (it may reach far beyond the used size). */
    public record Merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /**
     * One sheet's filled cells; {@code rows} and {@code columns} reach its last filled cell and are
     * within the budget.
     */
    public record SheetData(String name, List<FilledCell> cells, List<Merged> merged, int rows, int columns) {

        public SheetData {
            cells = List.copyOf(cells);
            merged = List.copyOf(merged);
        }

        /** Every row up to the last used one, each as wide as the sheet's used width; empty cells are "". */
        public List<List<String>> grid(Function<Value, String> text) {
            List<List<String>> grid = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>(columns);
                for (int c = 0; c < columns; c++) {
                    row.add("");
                }
                grid.add(row);
            }
            for (FilledCell cell : cells) {
                grid.get(cell.row()).set(cell.column(), text.apply(cell.value()));
            }
            return grid;
        }
    }

    private SheetCells() {
    }

    /**
     * Reads the workbook's sheets in order until {@code reader} finds what it looks for in one;
     * empty when no sheet has it. Throws {@link LimitExceeded} past the budget,
     * {@link EncryptedDocumentException} for a password-protected workbook, IOException or a
     * RuntimeException from POI for a damaged one.
     */
    public static <T> Optional<T> first(byte[] bytes, ReadingBudget.Meter meter, Function<SheetData, Optional<T>> reader)
            throws IOException {
        if (FileMagic.valueOf(bytes) == FileMagic.OOXML) {
            ZipParts.check(bytes, meter);
            return xlsx(bytes, meter, reader);
        }
        return xls(bytes, meter, reader);
    }

    private static <T> Optional<T> xls(byte[] bytes, ReadingBudget.Meter meter, Function<SheetData, Optional<T>> reader)
            throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            Extent extent = new Extent(meter);
            for (Sheet sheet : workbook) {
                List<FilledCell> cells = new ArrayList<>();
                extent.reset();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Value value = value(cell, formatter);
                        if (value != null) {
                            extent.filled(row.getRowNum(), cell.getColumnIndex(), value);
                            cells.add(new FilledCell(row.getRowNum(), cell.getColumnIndex(), value));
                        }
                    }
                }
                List<Merged> merged = new ArrayList<>();
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    extent.merged();
                    merged.add(new Merged(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn()));
                }
                Optional<T> found = reader.apply(extent.sheet(sheet.getSheetName(), cells, merged));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }

    private static Value value(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                yield text == null || text.isEmpty() ? null : new Text(text);
            }
            case NUMERIC -> {
                boolean formula = cell.getCellType() == CellType.FORMULA;
                yield new Number(cell.getNumericCellValue(),
                        DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : null,
                        formula, formula ? null : formatter.formatCellValue(cell));
            }
            case BOOLEAN -> new Bool(cell.getBooleanCellValue());
            default -> null;
        };
    }

    private static <T> Optional<T> xlsx(byte[] bytes, ReadingBudget.Meter meter, Function<SheetData, Optional<T>> reader)
            throws IOException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            PackagePart workbookPart = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
            if (workbookPart == null || !workbookPart.getContentType().contains("spreadsheetml")) {
                throw new IOException("the package is not an Excel workbook ("
                        + (workbookPart == null ? "no main part" : workbookPart.getContentType()) + ")");
            }
            XSSFReader xssf = new XSSFReader(pkg);
            boolean date1904 = date1904(xssf.getWorkbookData());
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = xssf.getStylesTable();
            DataFormatter formatter = new DataFormatter();
            Extent extent = new Extent(meter);
            XSSFReader.SheetIterator sheets = xssf.getSheetIterator();
            while (sheets.hasNext()) {
                SheetHandler handler = new SheetHandler(strings, styles, formatter, date1904, extent);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    parser.parse(new InputSource(sheet));
                }
                Optional<T> found = reader.apply(extent.sheet(sheets.getSheetName(), handler.cells, handler.merged));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean date1904(InputStream workbook) throws IOException {
        try (workbook) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(workbook);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
            return false;
        } catch (XMLStreamException e) {
            return false;
        }
    }

    /** Where a sheet's filled cells reach, counted against the budget as they come. */
    private static final class Extent {
        private final ReadingBudget.Meter meter;
        private int rows;
        private int columns;
        private long chars;
        private int merged;

        Extent(ReadingBudget.Meter meter) {
            this.meter = meter;
        }

        void reset() {
            rows = 0;
            columns = 0;
        }

        void filled(int row, int column, Value value) {
            meter.cell();
            rows = Math.max(rows, row + 1);
            columns = Math.max(columns, column + 1);
            if (value instanceof Text text) {
                chars += text.text().length();
                if (chars > meter.budget().maxChars()) {
                    throw new LimitExceeded("its cells hold more than " + meter.budget().maxChars() + " characters",
                            "các ô của tệp có hơn " + meter.budget().maxChars() + " ký tự");
                }
            }
        }

        void merged() {
            if (++merged > meter.budget().maxMergedRegions()) {
                throw new LimitExceeded("it has more than " + meter.budget().maxMergedRegions() + " merged regions",
                        "tệp có hơn " + meter.budget().maxMergedRegions() + " vùng ô gộp");
            }
        }

        SheetData sheet(String name, List<FilledCell> cells, List<Merged> merged) {
            meter.sheetSize(name, rows, columns);
            return new SheetData(name, cells, merged, rows, columns);
        }
    }

    /** One worksheet's XML: rows, cells and merged regions, as SAX events. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final DataFormatter formatter;
        private final boolean date1904;
        private final Extent extent;
        private final Map<Integer, String[]> formats = new HashMap<>();
        final List<FilledCell> cells = new ArrayList<>();
        final List<Merged> merged = new ArrayList<>();

        private int row = -1;
        private int column = -1;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, DataFormatter formatter, boolean date1904,
                     Extent extent) {
            this.strings = strings;
            this.styles = styles;
            this.formatter = formatter;
            this.date1904 = date1904;
            this.extent = extent;
            extent.reset();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    if (ref != null) {
                        CellReference reference = new CellReference(ref);
                        column = reference.getCol();
                        if (reference.getRow() >= 0) {
                            row = reference.getRow();
                        }
                    } else {
                        column++;
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> {
                    extent.merged();
                    CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
                    merged.add(new Merged(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
                            range.getLastColumn()));
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    Value v = cellValue();
                    if (v != null && row >= 0 && column >= 0) {
                        extent.filled(row, column, v);
                        cells.add(new FilledCell(row, column, v));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInline && !inPhonetic) {
                inline.append(ch, start, length);
            }
        }

        private Value cellValue() {
            String t = type == null ? "n" : type;
            String v = value.toString();
            return switch (t) {
                case "s" -> {
                    if (v.isBlank()) {
                        yield null;
                    }
                    String text = strings.getItemAt(Integer.parseInt(v.strip())).getString();
                    yield text == null || text.isEmpty() ? null : new Text(text);
                }
                case "inlineStr" -> inline.isEmpty() ? null : new Text(inline.toString());
                case "str" -> v.isEmpty() ? null : new Text(v);
                case "b" -> v.isBlank() ? null : new Bool(v.strip().equals("1") || v.strip().equalsIgnoreCase("true"));
                case "n" -> v.isBlank() ? null : number(Double.parseDouble(v.strip()));
                case "e" -> null;
                default -> v.isEmpty() ? null : new Text(v); // "d": an ISO date, kept as written
            };
        }

        private Number number(double number) {
            String[] format = formats.computeIfAbsent(style, this::format);
            int index = Integer.parseInt(format[0]);
            LocalDate day = DateUtil.isADateFormat(index, format[1]) && DateUtil.isValidExcelDate(number)
                    ? DateUtil.getLocalDateTime(number, date1904).toLocalDate() : null;
            return new Number(number, day, formula, formula ? null : formatter.formatRawCellContents(number, index, format[1]));
        }

        private String[] format(int styleIndex) {
            if (styles == null || styleIndex >= styles.getNumCellStyles()) {
                return new String[] {"0", "General"};
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
            int index = cellStyle.getDataFormat();
            String format = cellStyle.getDataFormatString();
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(index);
            }
            return new String[] {String.valueOf(index), format == null ? "General" : format};
        }
    }
}
