package vn.nhacviec.bench;

import java.time.LocalDate;

/**
 * What the benchmark generator builds: a country's communes, officers and open deadlines in one plan
 * year, seen from {@code today} (deadlines due before it are mostly done, the rest overdue).
 *
 * @param busyOverdue overdue deadlines of the first commune, whose chairman's /quahan is measured
 */
public record CountryShape(int communes, int officers, int openDeadlines, LocalDate today, int busyOverdue, long seed) {

    public CountryShape {
        if (communes < 1 || officers < communes * 5 || openDeadlines < communes || busyOverdue < 0) {
            throw new IllegalArgumentException("a country needs at least one commune, five officers and one open deadline "
                    + "per commune (got " + communes + " communes, " + officers + " officers, " + openDeadlines
                    + " open deadlines)");
        }
    }

    public int year() {
        return today.getYear();
    }

    /** The share of {@code total} that falls to commune {@code index} (0-based): equal parts, the remainder first. */
    public static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
