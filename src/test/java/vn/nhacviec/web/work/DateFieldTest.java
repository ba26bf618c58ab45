package vn.nhacviec.web.work;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateFieldTest {

    @Test
    void datesTypedTheVietnameseWayOrByAPickerAreRead() {
        assertEquals(Optional.of(LocalDate.of(2024, 4, 30)), DateField.parse("30/04/2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 4, 3)), DateField.parse(" 3/4/2024 "));
        assertEquals(Optional.of(LocalDate.of(2024, 4, 30)), DateField.parse("2024-04-30"));
        assertEquals(Optional.of(LocalDate.of(2024, 4, 30)), DateField.parse("30.4.2024"));
    }

    @Test
    void anythingElseIsNoDateRatherThanACrash() {
        assertEquals(Optional.empty(), DateField.parse("31/02/2024"));
        assertEquals(Optional.empty(), DateField.parse("ngày mai"));
        assertEquals(Optional.empty(), DateField.parse(""));
        assertEquals(Optional.empty(), DateField.parse(null));
    }
}
