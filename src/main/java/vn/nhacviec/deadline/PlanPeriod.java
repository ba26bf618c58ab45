package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The years a plan is for. Most plans are for one year; a plan "giai đoạn 2026–2030" or "đến năm 2030" is
 * for several, and keeps the due dates it names inside them.
 *
 * @param year      the year a phrase with no year means ("Quý II", "trong năm"); inside the period
 * @param firstYear the first year of the period
 * @param lastYear  the last year of the period
 */
public record PlanPeriod(int year, int firstYear, int lastYear) {

    /** Longest period read: a plan to 2050 still reminds over its first years, not over thirty. */
    static final int MAX_YEARS = 15;

    public PlanPeriod {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("period " + firstYear + "–" + lastYear + " runs backwards");
        }
        if (year < firstYear || year > lastYear) {
            throw new IllegalArgumentException("year " + year + " outside " + firstYear + "–" + lastYear);
        }
        if ((long) lastYear - firstYear >= MAX_YEARS) {
            lastYear = firstYear + MAX_YEARS - 1;
            year = Math.min(year, lastYear);
        }
    }

    /** A plan for one year. */
    public static PlanPeriod of(int year) {
        return new PlanPeriod(year, year, year);
    }

    public boolean isSingleYear() {
        return firstYear == lastYear;
    }

    public boolean contains(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** Every year of the period, in order. */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    /** "2025" or "2026–2030", as the officer reads it. */
    public String label() {
        return isSingleYear() ? String.valueOf(year) : firstYear + "–" + lastYear;
    }
}
