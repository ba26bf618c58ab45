package vn.nhacviec.directory;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterFileTest {

    /** A sheet as an office keeps it: a title, a Vietnamese header, a numbered column, a phone column. */
    static byte[] workbook(Workbook wb, List<List<Object>> rows) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("DS cán bộ");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (cells.get(c) != null) {
                        row.createCell(c).setCellValue((String) cells.get(c));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final List<List<Object>> OFFICE_SHEET = List.of(
            List.of("DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ SƠN KỲ"),
            List.of(),
            List.of("STT", "Họ và tên", "Chức vụ", "Bộ phận", "Điện thoại", "Xã"),
            List.of(1, "Nguyễn Văn Tư", "Công chức", "Tư pháp – Hộ tịch", 912345678, "Sơn Kỳ"),
            List.of(2, "Lê Văn Phòng", "Văn phòng – Thống kê", "VP-TK, MC", "", "xã Sơn Kỳ"),
            List.of(3),
            List.of(4, "Đinh Văn Chủ", "Chủ tịch UBND xã", "", "", "Sơn Kỳ"),
            List.of(5, "Trần Văn Sai", "trưởng thôn", "VH-XH", "", "Sơn Kỳ"));

    private static List<String> names(RosterFile.Reading reading) {
        return reading.lines().stream().map(RosterLine::name).toList();
    }

    private static List<Integer> problemLines(RosterFile.Reading reading) {
        return reading.problems().stream().map(RosterFile.Problem::lineNumber).toList();
    }

    @Test
    void goodLinesAreReadAndBadLinesReportedWithTheirNumber() {
        String csv = """
                commune,name,units,role
                Sơn Kỳ,Nguyễn Văn Tư,TP-HT,officer
                Sơn Kỳ,Lê Văn Phòng,VP-TK;MC,office
                Sơn Kỳ,,VH-XH,officer
                Sơn Kỳ,Đinh Văn Chủ,,chủ tịch
                Sơn Kỳ,Trần B,TC-KT,boss
                Sơn Kỳ,thiếu cột
                """;
        RosterFile.Reading reading = RosterFile.read(csv);
        assertEquals(List.of("Nguyễn Văn Tư", "Lê Văn Phòng", "Đinh Văn Chủ"), names(reading));
        assertEquals(List.of("VP-TK", "MC"), reading.lines().get(1).units());
        assertEquals(Role.CHAIRMAN, reading.lines().get(2).role());
        assertEquals(List.of(4, 6, 7), problemLines(reading));
        assertTrue(reading.problems().get(1).message().contains("unknown role 'boss'"));
        assertTrue(reading.problems().get(1).messageVi().contains("Không hiểu chức vụ \"boss\""));
    }

    @Test
    void aWrongHeaderIsOneProblemOnLineOne() {
        RosterFile.Reading reading = RosterFile.read("xa,ten\nSơn Kỳ,A\n");
        assertTrue(reading.lines().isEmpty());
        assertEquals(1, reading.problems().get(0).lineNumber());
        assertTrue(reading.problems().get(0).messageVi().startsWith("Không tìm thấy dòng tiêu đề"));
    }

    @Test
    void anXlsxRosterWithVietnameseHeadersIsReadByRowNumber() throws IOException {
        RosterFile.Reading reading = RosterFile.read("can-bo.xlsx", workbook(new XSSFWorkbook(), OFFICE_SHEET), null);
        assertEquals(List.of("Nguyễn Văn Tư", "Lê Văn Phòng", "Đinh Văn Chủ"), names(reading));
        assertEquals(List.of(4, 5, 7), reading.lines().stream().map(RosterLine::lineNumber).toList(),
                "row numbers as Excel shows them; the numbered empty row 6 is skipped");
        assertEquals(new RosterLine(4, "Sơn Kỳ", "Nguyễn Văn Tư", List.of("Tư pháp – Hộ tịch"), Role.OFFICER),
                reading.lines().get(0));
        assertEquals(List.of("VP-TK", "MC"), reading.lines().get(1).units());
        assertEquals(Role.OFFICE, reading.lines().get(1).role());
        assertEquals("xã Sơn Kỳ", reading.lines().get(1).commune(), "without a default commune the cell is kept");
        assertEquals(Role.CHAIRMAN, reading.lines().get(2).role());
        assertEquals(List.of(8), problemLines(reading));
        assertTrue(reading.problems().get(0).message().contains("unknown role 'trưởng thôn'"), reading.problems().toString());
    }

    @Test
    void anOldXlsRosterIsReadTheSameWay() throws IOException {
        RosterFile.Reading reading = RosterFile.read("can-bo.xls", workbook(new HSSFWorkbook(), OFFICE_SHEET), "Sơn Kỳ");
        assertEquals(List.of("Nguyễn Văn Tư", "Lê Văn Phòng", "Đinh Văn Chủ"), names(reading));
        assertEquals(List.of(8), problemLines(reading));
    }

    @Test
    void aMergedCommuneCellNamesTheCommuneOfEveryRowItCovers() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            String[][] rows = {{"Xã", "Họ tên", "Bộ phận"}, {"Sơn Kỳ", "Nguyễn Văn Tư", "TP-HT"}, {"", "Phạm Thị Văn", "VH-XH"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    (sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r)).createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            wb.write(out);
            bytes = out.toByteArray();
        }
        RosterFile.Reading reading = RosterFile.read("x.xlsx", bytes, null);
        assertEquals(List.of("Sơn Kỳ", "Sơn Kỳ"), reading.lines().stream().map(RosterLine::commune).toList(), reading.toString());
    }

    @Test
    void aSemicolonCsvWithBomAndUnaccentedHeadersIsRead() {
        String csv = "\uFEFFSTT;Ho va ten;Don vi;Vai tro;Ghi chu\r\n"
                + "1;Nguyễn Văn Tư;Tư pháp - Hộ tịch;can bo;\r\n"
                + ";;;;\r\n"
                + "\r\n"
                + "2;Lê Văn Phòng;VP-TK, MC;van phong;kiêm Một cửa\r\n"
                + "3;Đinh Văn Chủ;;chu tich;\r\n";
        RosterFile.Reading reading = RosterFile.read("can-bo.csv", csv.getBytes(StandardCharsets.UTF_8), "Sơn Kỳ");
        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("Nguyễn Văn Tư", "Lê Văn Phòng", "Đinh Văn Chủ"), names(reading));
        assertEquals(List.of(2, 5, 6), reading.lines().stream().map(RosterLine::lineNumber).toList(),
                "blank lines still count, as in Excel");
        assertEquals(List.of("VP-TK", "MC"), reading.lines().get(1).units());
        assertTrue(reading.lines().stream().allMatch(l -> l.commune().equals("Sơn Kỳ")));
    }

    @Test
    void theOldEnglishCsvWithSemicolonUnitsIsReadFromBytes() {
        String csv = "commune,name,units,role\nSơn Kỳ,Lê Văn Phòng,VP-TK;MC,office\n";
        RosterFile.Reading reading = RosterFile.read("can-bo.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("VP-TK", "MC"), reading.lines().get(0).units(), reading.toString());
    }

    @Test
    void withoutACommuneColumnTheDefaultCommuneIsNeeded() {
        byte[] csv = "Họ và tên,Bộ phận,Chức vụ\nNguyễn Văn Tư,TP-HT,\n".getBytes(StandardCharsets.UTF_8);
        RosterFile.Reading without = RosterFile.read("x.csv", csv, null);
        assertTrue(without.lines().isEmpty());
        assertEquals(List.of(1), problemLines(without));
        assertTrue(without.problems().get(0).message().contains("no commune column"), without.toString());
        assertTrue(without.problems().get(0).messageVi().contains("Thiếu cột Xã"), without.toString());

        RosterFile.Reading with = RosterFile.read("x.csv", csv, " Sơn  Kỳ ");
        assertEquals(List.of(new RosterLine(2, "Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER)), with.lines());
        assertEquals(List.of(), with.problems());
    }

    @Test
    void aLineOfAnotherCommuneIsRefusedNotMoved() {
        byte[] csv = """
                Xã,Họ và tên,Bộ phận
                Sơn Kỳ,Nguyễn Văn Tư,TP-HT
                son ky,Phạm Thị Văn,VH-XH
                ,Lê Văn Phòng,VP-TK
                Sơn Hà,Trần Văn Khác,TC-KT
                """.getBytes(StandardCharsets.UTF_8);
        RosterFile.Reading reading = RosterFile.read("x.csv", csv, "Sơn Kỳ");
        assertEquals(List.of("Nguyễn Văn Tư", "Phạm Thị Văn", "Lê Văn Phòng"), names(reading));
        assertTrue(reading.lines().stream().allMatch(l -> l.commune().equals("Sơn Kỳ")), "the sender's spelling");
        assertEquals(List.of(5), problemLines(reading));
        RosterFile.Problem problem = reading.problems().get(0);
        assertTrue(problem.message().contains("commune 'Sơn Hà', not Sơn Kỳ"), problem.message());
        assertTrue(problem.messageVi().contains("xã \"Sơn Hà\", không phải xã Sơn Kỳ"), problem.messageVi());
    }

    @Test
    void everyBadLineIsReportedAndNoneDropsTheOthers() {
        byte[] csv = """
                commune,name,units,role
                Sơn Kỳ,Nguyễn Văn Tư,TP-HT,
                ,Không Xã,TP-HT,officer
                Sơn Kỳ,,TP-HT,officer
                Sơn Kỳ,Không Bộ Phận,,officer
                Sơn Kỳ,Phó Chủ Tịch,,Phó Chủ tịch UBND xã
                Sơn Kỳ,Sai Chức Vụ,VH-XH,giám đốc
                """.getBytes(StandardCharsets.UTF_8);
        RosterFile.Reading reading = RosterFile.read("x.csv", csv, null);
        assertEquals(List.of("Nguyễn Văn Tư", "Phó Chủ Tịch"), names(reading));
        assertEquals(Role.OFFICER, reading.lines().get(0).role(), "an empty role is an officer");
        assertEquals(Role.VICE_CHAIRMAN, reading.lines().get(1).role());
        assertEquals(List.of(3, 4, 5, 7), problemLines(reading));
        assertEquals(List.of("commune is empty", "name is empty", "Không Bộ Phận (officer) needs at least one unit"),
                reading.problems().subList(0, 3).stream().map(RosterFile.Problem::message).toList());
        assertTrue(reading.problems().stream().noneMatch(p -> p.messageVi().isBlank() || p.messageVi().equals(p.message())));
    }

    @Test
    void filesThatAreNoRosterAreOneProblemForTheWholeFile() throws IOException {
        byte[] noHeader = workbook(new XSSFWorkbook(), List.of(List.of("Bảng lương"), List.of("Nguyễn Văn Tư", 5000000)));
        byte[] word;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Họ và tên, Bộ phận");
            document.write(out);
            word = out.toByteArray();
        }
        List<byte[]> files = List.of(new byte[0], "%PDF-1.7 …".getBytes(StandardCharsets.US_ASCII), word,
                "Xã,Họ và tên,Bộ phận\nSơn Kỳ,Nguyễn Văn Tư,Tư pháp\n".getBytes(Charset.forName("windows-1258")),
                new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0});
        for (byte[] bytes : files) {
            RosterFile.Reading reading = RosterFile.read("x", bytes, "Sơn Kỳ");
            assertTrue(reading.lines().isEmpty());
            assertEquals(1, reading.problems().size(), reading.toString());
            assertTrue(reading.problems().get(0).wholeFile(), reading.toString());
            assertFalse(reading.problems().get(0).messageVi().isBlank());
        }
        RosterFile.Reading workbookWithoutRoster = RosterFile.read("luong.xlsx", noHeader, "Sơn Kỳ");
        assertEquals(List.of(1), problemLines(workbookWithoutRoster));
    }

    @Test
    void rolesAreReadInEnglishOrVietnameseWithOrWithoutDiacritics() {
        assertEquals(Role.VICE_CHAIRMAN, Role.parse("vice-chairman").orElseThrow());
        assertEquals(Role.VICE_CHAIRMAN, Role.parse("Phó Chủ tịch").orElseThrow());
        assertEquals(Role.VICE_CHAIRMAN, Role.parse("Phó Chủ tịch UBND xã Sơn Kỳ").orElseThrow());
        assertEquals(Role.CHAIRMAN, Role.parse("Chủ tịch UBND xã").orElseThrow());
        assertEquals(Role.OFFICE, Role.parse("van phong").orElseThrow());
        assertEquals(Role.OFFICE, Role.parse("Văn phòng – Thống kê").orElseThrow());
        assertEquals(Role.OFFICER, Role.parse("Cán bộ, công chức").orElseThrow());
        assertEquals(Role.OFFICER, Role.parse("").orElseThrow());
        assertTrue(Role.parse("boss").isEmpty());
        for (Role role : Role.values()) {
            assertEquals(role, Role.parse(role.title()).orElseThrow(), "the title a template writes reads back");
        }
    }

    @Test
    void aRosterIsToldFromAPlanByItsHeader() throws IOException {
        assertTrue(RosterFile.read("ds.xlsx", workbook(new XSSFWorkbook(), OFFICE_SHEET), "Sơn Kỳ").isRoster());
        assertTrue(RosterFile.read("ds.csv", "Họ và tên;Bộ phận\nTrần Văn Sai;Phòng Ma\n".getBytes(StandardCharsets.UTF_8),
                "Sơn Kỳ").isRoster(), "a roster whose every line is refused is still a roster");
        byte[] taskSheet = workbook(new XSSFWorkbook(), List.of(
                List.of("STT", "Nội dung", "Bộ phận thực hiện", "Thời gian"),
                List.of(1, "Rà soát văn bản", "Tư pháp – Hộ tịch", "Quý I")));
        assertFalse(RosterFile.read("nv.xlsx", taskSheet, "Sơn Kỳ").isRoster());
        byte[] plan = "KẾ HOẠCH\nSTT\tNội dung\tBộ phận thực hiện\n01\tRà soát\tTP-HT\n".getBytes(StandardCharsets.UTF_8);
        assertFalse(RosterFile.read("kh.txt", plan, "Sơn Kỳ").isRoster());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Họ và tên\tBộ phận");
            doc.write(out);
            assertFalse(RosterFile.read("kh.docx", out.toByteArray(), "Sơn Kỳ").isRoster());
        }
    }
}
