package vn.nhacviec.web.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A date typed in a form: dd/MM/yyyy as officers write it (or a date picker's yyyy-MM-dd); 31/02 is no date. */
final class DateField {

    private DateField() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (String pattern : new String[] {"uuuu-MM-dd", "d/M/uuuu", "d-M-uuuu", "d.M.uuuu"}) {
            try {
                return Optional.of(LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }
}
