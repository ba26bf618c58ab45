package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnFinderTest {

    @Test
    void aNumberHeaderCutByANarrowPdfCellIsStillTheNumberColumn() {
        assertEquals(Column.NUMBER, ColumnFinder.classify("STT"));
        assertEquals(Column.NUMBER, ColumnFinder.classify("ST T"));
        assertEquals(Column.CONTENT, ColumnFinder.classify("Nội dung/ Nhiệm vụ"));
    }
}
