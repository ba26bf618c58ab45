package vn.nhacviec.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Dates as users read them: dd/MM/yyyy. */
final class DateText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateText() {
    }

    static String of(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }

    static String list(List<LocalDate> dates) {
        return dates.stream().map(DateText::of).collect(Collectors.joining(", "));
    }
}
