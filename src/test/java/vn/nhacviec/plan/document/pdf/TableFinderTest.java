package vn.nhacviec.plan.document.pdf;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFinderTest {

    /** A grid of {@code columns} × {@code rows} cells at (x, y), cells 50 × 20, each border drawn cell by cell. */
    private static List<Rule> grid(double x, double y, int columns, int rows) {
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < columns; c++) {
                rules.add(new Rule(true, y + r * 20, x + c * 50, x + (c + 1) * 50));
            }
        }
        for (int c = 0; c <= columns; c++) {
            for (int r = 0; r < rows; r++) {
                rules.add(new Rule(false, x + c * 50, y + r * 20, y + (r + 1) * 20));
            }
        }
        return rules;
    }

    @Test
    void twoGridsAreTwoTablesTopFirstAndLoneRulesAreNone() {
        List<Rule> rules = new ArrayList<>(grid(40, 400, 4, 3));
        rules.addAll(grid(40, 100, 2, 5));
        rules.add(new Rule(true, 700, 40, 300)); // an underline
        rules.add(new Rule(false, 500, 10, 90)); // a lone vertical
        List<Table> tables = TableFinder.find(rules);
        assertEquals(2, tables.size());
        assertEquals(List.of(40.0, 90.0, 140.0), tables.get(0).xs());
        assertEquals(6, tables.get(0).ys().size());
        assertEquals(List.of(40.0, 90.0, 140.0, 190.0, 240.0), tables.get(1).xs());
        assertEquals(List.of(400.0, 420.0, 440.0, 460.0), tables.get(1).ys());
    }

    @Test
    void tablesAreFoundInAnyOrderTheRulesComeIn() {
        List<Rule> rules = new ArrayList<>(grid(40, 400, 4, 3));
        rules.addAll(grid(300, 100, 3, 2));
        List<Table> expected = TableFinder.find(rules);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            java.util.Collections.shuffle(rules, random);
            assertEquals(expected, TableFinder.find(rules));
        }
    }

    @Test
    void eightyThousandDisjointRulesAreSortedOutInLinearishTime() {
        // The review's page: a quadratic finder took 5 s on it (and 2.8 h on 2 000 such pages).
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 80_000; i++) {
            double x = 20 + (i % 300) * 8;
            double y = 20 + (i / 300) * 8;
            rules.add(i % 2 == 0 ? new Rule(true, y, x, x + 5) : new Rule(false, x, y + 2, y + 7));
        }
        List<Table> tables = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TableFinder.find(rules));
        assertTrue(tables.isEmpty());
    }
}
