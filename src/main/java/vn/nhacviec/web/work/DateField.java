package vn.nhacviec.web.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A date typed in a form: the date picker's yyyy-MM-dd, or dd/MM/yyyy typed by hand. */
final class DateField {

    private DateField() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (String pattern : new String[] {"yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"}) {
            try {
                return Optional.of(LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern)));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }
}
