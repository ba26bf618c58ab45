package vn.nhacviec.plan.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages put back together, and text files printed to PDF rebuilt, without PDFBox. */
class PdfLayoutTest {

    private static final Table GRID = new Table(List.of(50.0, 80.0, 300.0), List.of(700.0, 800.0), List.of(), List.of());

    @Test
    void aTableGoingOnOverAPageBreakStaysTogetherAndThePageNumberGoesAfterIt() {
        List<List<PageBlock>> pages = new ArrayList<>();
        pages.add(new ArrayList<>(List.of(new PageBlock.Text("PHỤ LỤC\n"),
                new PageBlock.Rows(GRID, List.of(List.of("STT", "Nội dung"), List.of("01", "Rà soát"))),
                new PageBlock.Text("2\n"))));
        pages.add(new ArrayList<>(List.of(new PageBlock.Rows(GRID, List.of(List.of("", "văn bản."), List.of("02", "Tuyên truyền"))),
                new PageBlock.Text("Lưu ý: báo cáo đúng hạn.\n"))));
        // the rest of row 01 carried over the page is joined back into it
        assertEquals("PHỤ LỤC\nSTT\tNội dung\n01\tRà soát văn bản.\n02\tTuyên truyền\n\n2\nLưu ý: báo cáo đúng hạn.\n",
                PdfLayout.text(pages));
    }

    @Test
    void aRowBrokenByAPageBreakAfterARepeatedHeaderIsJoinedBackCellByCellAndTheRepeatedHeaderLeftOut() {
        Table grid = new Table(List.of(50.0, 80.0, 300.0, 400.0), List.of(700.0, 800.0), List.of(), List.of());
        List<String> header = List.of("STT", "Nội dung", "Thời gian");
        List<List<PageBlock>> pages = new ArrayList<>();
        pages.add(List.of(new PageBlock.Rows(grid, List.of(header, List.of("10", "Báo cáo số cán bộ đạt", "Trước 10/12/2")))));
        pages.add(List.of(new PageBlock.Rows(grid, List.of(header, List.of("", "chuẩn.", "024"),
                List.of("11", "Rà soát theo Quyết định 05/CT-", "Quý IV")))));
        pages.add(List.of(new PageBlock.Rows(grid, List.of(header, List.of("", "UBND của Chủ tịch.", "")))));
        assertEquals("STT\tNội dung\tThời gian\n10\tBáo cáo số cán bộ đạt chuẩn.\tTrước 10/12/2024\n"
                        + "11\tRà soát theo Quyết định 05/CT-UBND của Chủ tịch.\tQuý IV\n\n",
                PdfLayout.text(pages));
    }

    @Test
    void aHeaderOfTwoRowsRepeatedOnEveryPageIsLeftOutAfterTheFirst() {
        List<String> titles = List.of("STT", "Nội dung");
        List<String> columns = List.of("(1)", "(2)");
        List<List<PageBlock>> pages = new ArrayList<>();
        pages.add(List.of(new PageBlock.Rows(GRID, List.of(titles, columns, List.of("01", "Rà soát")))));
        pages.add(List.of(new PageBlock.Rows(GRID, List.of(titles, columns, List.of("02", "Tuyên truyền")))));
        pages.add(List.of(new PageBlock.Rows(GRID, List.of(titles, columns, List.of("", "pháp luật.")))));
        assertEquals("STT\tNội dung\n(1)\t(2)\n01\tRà soát\n02\tTuyên truyền pháp luật.\n\n", PdfLayout.text(pages));
    }

    @Test
    void aLongRunningFooterOnEveryPageDoesNotEndATableThatFillsSeveralPages() {
        // Seed 000's Word table printed with a footer too long to pass for a page number: before,
        // the footer after the second page's part ended the table and only 2 of 37 tasks were read.
        String footer = "Phụ lục kèm theo Kế hoạch số 26/KH-UBND ngày 16/02/2024 của Ủy ban nhân dân xã Sơn\n"
                + "Kỳ về cải cách hành chính nhà nước năm 2024 - trang %d\n";
        List<List<PageBlock>> pages = new ArrayList<>();
        pages.add(List.of(new PageBlock.Text("PHỤ LỤC\n"),
                new PageBlock.Rows(GRID, List.of(List.of("STT", "Nội dung"), List.of("01", "Rà soát"))),
                new PageBlock.Text(footer.formatted(1))));
        pages.add(List.of(new PageBlock.Rows(GRID, List.of(List.of("STT", "Nội dung"), List.of("02", "Tuyên truyền"))),
                new PageBlock.Text(footer.formatted(2))));
        pages.add(List.of(new PageBlock.Rows(GRID, List.of(List.of("STT", "Nội dung"), List.of("03", "Kiểm tra"))),
                new PageBlock.Text("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nMột đoạn văn dài hơn ba dòng.\n"),
                new PageBlock.Text(footer.formatted(3))));
        assertEquals("PHỤ LỤC\nSTT\tNội dung\n01\tRà soát\n02\tTuyên truyền\n03\tKiểm tra\n\n"
                        + footer.formatted(1) + footer.formatted(2)
                        + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nMột đoạn văn dài hơn ba dòng.\n" + footer.formatted(3),
                PdfLayout.text(pages));
    }

    @Test
    void textPrintedOnOnePageOnlyStillEndsATable() {
        List<List<PageBlock>> pages = new ArrayList<>();
        String prose = "Một đoạn văn bản dài hơn tám mươi ký tự, in giữa hai bảng, không phải là chân trang lặp lại ở mỗi trang.\n";
        pages.add(List.of(new PageBlock.Rows(GRID, List.of(List.of("01", "Rà soát"))), new PageBlock.Text(prose)));
        pages.add(List.of(new PageBlock.Rows(GRID, List.of(List.of("02", "Tuyên truyền")))));
        assertEquals("01\tRà soát\n\n" + prose + "02\tTuyên truyền\n\n", PdfLayout.text(pages));
    }

    @Test
    void aTextFilePrintedInAMonospacedFontGetsItsTabsAndLinesBack() {
        // LibreOffice: margin 56.8, 6 pt per character, tab stops every 35.433 pt, 80 characters a line
        double margin = 56.8;
        double tab = 35.433;
        List<Glyph> page = new ArrayList<>();
        page.addAll(mono(margin, 100, "STT"));
        page.addAll(mono(margin + tab, 100, "Nội dung"));
        page.addAll(mono(margin + 4 * tab, 100, "Thời gian")); // "Nội dung" ends past stop 2: stops 3 and 4
        // a row filling its line (74 characters after the tab, the last one a space), wrapped before "một"
        String full = "Rà soát văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần xong ";
        page.addAll(mono(margin, 111.35, "01"));
        page.addAll(mono(margin + tab, 111.35, full));
        page.addAll(mono(margin, 122.7, "một phần."));
        page.addAll(mono(margin + 2 * tab, 122.7, "Quý I"));
        page.addAll(mono(margin, 145.4, "Lưu ý: báo cáo đúng hạn; không có bảng, một dòng ngắn."));
        for (int i = 0; i < 5; i++) {
            page.addAll(mono(margin, 200 + i * 11.35, "Dòng văn bản thứ " + i + " của kế hoạch, đủ dài để có nhiều chữ."));
        }
        String text = Printout.text(List.of(page));
        String expected = "STT\tNội dung\t\tThời gian\n01\t" + full + "một phần.\tQuý I\n\n"
                + "Lưu ý: báo cáo đúng hạn; không có bảng, một dòng ngắn.\n";
        assertEquals(expected, text.substring(0, expected.length()));
    }

    @Test
    void aTypesetDocumentIsNotTakenForAPrintedTextFile() {
        List<Glyph> page = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            page.addAll(Ink.text(100 + i * 3, 100 + i * 12, "Dòng căn giữa số " + i));
        }
        page.add(new Glyph(90, 300, 9, 14, 3, "W"));
        page.add(new Glyph(99, 300, 3, 14, 3, "i"));
        assertNull(Printout.text(List.of(page)));
    }

    private static List<Glyph> mono(double x, double baseline, String text) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(x + i * 6.0, baseline, 6.0, 10, 6.0, String.valueOf(text.charAt(i))));
        }
        return glyphs;
    }
}
