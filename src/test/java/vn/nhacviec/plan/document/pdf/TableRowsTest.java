package vn.nhacviec.plan.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ruled tables read from borders and glyph positions, without PDFBox. */
class TableRowsTest {

    private static final double[] XS = {50, 80, 200, 300};

    @Test
    void bordersDrawnCellByCellMakeOneTableAndAnUnderlineIsNoTable() {
        List<Rule> rules = new ArrayList<>();
        // a row's bottom border drawn cell by cell, stopping short of the verticals
        rules.add(new Rule(true, 100, 50.5, 79.5));
        rules.add(new Rule(true, 100, 80.5, 199.5));
        rules.add(new Rule(true, 100, 200.5, 300));
        rules.add(new Rule(true, 80, 50, 300));
        for (double x : XS) {
            rules.add(new Rule(false, x, 80, 100));
        }
        rules.add(new Rule(true, 400, 60, 160)); // an underline further down
        List<Table> tables = TableFinder.find(rules);
        assertEquals(1, tables.size());
        assertEquals(List.of(50.0, 80.0, 200.0, 300.0), tables.get(0).xs());
        assertEquals(List.of(80.0, 100.0), tables.get(0).ys());
    }

    @Test
    void cellLinesAreJoinedAndASpanningCellIsFollowedByEmptyCells() {
        List<Rule> rules = Ink.grid(XS, new double[] {100, 120, 160});
        // the first row is one cell across the table: no inner verticals there
        rules.removeIf(r -> !r.horizontal() && r.at() > 50 && r.at() < 300);
        rules.add(new Rule(false, 80, 120, 160));
        rules.add(new Rule(false, 200, 120, 160));
        List<Glyph> glyphs = new ArrayList<>(Ink.text(55, 114, "I. Thể chế"));
        glyphs.addAll(Ink.text(55, 134, "01"));
        glyphs.addAll(Ink.text(85, 134, "Rà soát văn bản "));
        glyphs.addAll(Ink.text(85, 146, "quy phạm."));
        glyphs.addAll(Ink.text(205, 134, "Quý I"));
        Table table = TableFinder.find(rules).get(0);
        assertEquals(List.of(List.of("I. Thể chế", "", ""), List.of("01", "Rà soát văn bản quy phạm.", "Quý I")),
                TableRows.of(table, glyphs));
    }

    @Test
    void aCellWithNoBorderAboveContinuesTheCellAbove() {
        List<Rule> rules = Ink.grid(XS, new double[] {100, 130, 160});
        // no border between the two rows in the first column: one cell spanning both rows
        rules.removeIf(r -> r.horizontal() && r.at() == 130);
        rules.add(new Rule(true, 130, 80, 300));
        List<Glyph> glyphs = new ArrayList<>(Ink.text(55, 114, "02"));
        glyphs.addAll(Ink.text(85, 114, "Nội dung"));
        glyphs.addAll(Ink.text(85, 144, "phần sau"));
        Table table = TableFinder.find(rules).get(0);
        assertEquals(List.of(List.of("02", "Nội dung", ""), List.of("", "phần sau", "")), TableRows.of(table, glyphs));
    }

    @Test
    void aWordTooLongForItsCellIsJoinedBackWithoutASpace() {
        // cell 80–200 with 5 pt padding: text runs 85–195; "24/3/202" is cut where it met the edge
        double textRight = 195;
        VisualLine full = line(195 - 8 * Ink.WIDTH - 3, "24/3/202");
        VisualLine date = line(85, "2 của Chủ");
        assertEquals("", CellLines.separator(full, date, textRight, true));
        VisualLine words = line(85, "ngày và");
        assertEquals(" ", CellLines.separator(words, date, textRight, true), "a line ending with room left ends a paragraph");
        VisualLine hyphen = line(85, "số 05/CT-");
        assertEquals("", CellLines.separator(hyphen, line(85, "UBND"), textRight, true));
        VisualLine piece = line(195 - 9 * Ink.WIDTH - 0.5, "Cổng/Tran");
        assertEquals("", CellLines.separator(piece, line(85, "g thông"), textRight, true), "\"g\" has no vowel: a piece of a word");
        VisualLine hanging = line(195 - 7 * Ink.WIDTH - 2, "QĐ-UBND");
        assertEquals(" ", CellLines.separator(hanging, line(85, "ngày"), textRight, true), "the space did not fit: a word boundary");
    }

    @Test
    void inJustifiedTextTheRoomLeftTellsNothingAndOnlyTheWordsDo() {
        // a justified cell prints no space where a line wraps, so room for one proves nothing
        double textRight = 195;
        VisualLine code = line(195 - 10 * Ink.WIDTH - 4.5, "35/KH-UBND");
        assertEquals(" ", CellLines.separator(code, line(85, "ngày"), textRight, false));
        assertEquals("", CellLines.separator(code, line(85, "ngày"), textRight, true), "where wrap spaces are printed it was cut");
        VisualLine word = line(85, "Thường");
        assertEquals(" ", CellLines.separator(word, line(85, "xuyên"), textRight, false), "\"x\" would have fitted");
        VisualLine date = line(195 - 8 * Ink.WIDTH - 3, "24/3/202");
        assertEquals("", CellLines.separator(date, line(85, "2 của"), textRight, false), "digits on both sides: one number");
        assertEquals(false, CellLines.isFragment("TTg"), "an abbreviation, as in \"QĐ-TTg\"");
    }

    private static VisualLine line(double x, String text) {
        return new VisualLine(Ink.text(x, 100, text));
    }
}
