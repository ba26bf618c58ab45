package vn.nhacviec.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvShapeTest {

    @Test
    void fieldsAreCountedAsACsvParserSplitsThem() {
        assertEquals(new CsvShape(2, 3, 5), CsvShape.of("a,b,c\nd,e\n", ','));
        assertEquals(new CsvShape(1, 2, 2), CsvShape.of("\"a, b, c\",d", ','), "a delimiter inside quotes");
        assertEquals(new CsvShape(1, 2, 2), CsvShape.of("\"say \"\"hi, there\"\"\",x", ','), "an escaped quote");
        assertEquals(new CsvShape(2, 2, 4), CsvShape.of("\"line\none\",x\r\ny,z", ','), "a line break inside quotes");
        assertEquals(new CsvShape(1, 3, 3), CsvShape.of("a\"b,c,d", ','), "a quote inside a field is a letter");
        assertEquals(new CsvShape(1, 3, 3), CsvShape.of("a;b;c", ';'));
    }

    @Test
    void aLineOfMillionsOfCommasIsPastTheBudgetWithoutBuildingAField() {
        CsvShape shape = CsvShape.of("STT,Nội dung\n1," + ",".repeat(1_000_000), ',');
        assertEquals(1_000_002, shape.widest());
        assertFalse(shape.within(ReadingBudget.DEFAULT));
        assertTrue(shape.exceeded(ReadingBudget.DEFAULT).getMessage().contains("(limit: 256 columns)"));
        assertTrue(CsvShape.of("STT,Nội dung,Chủ trì\n1,Việc,TP-HT\n", ',').within(ReadingBudget.DEFAULT));
    }
}
