package vn.nhacviec.system;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServiceClockTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aStartInstantSetsTheClockWhichThenRunsOn() {
        Clock base = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
        Clock clock = ServiceClock.create("2024-04-08T09:00:00+07:00", HCM, base);
        assertEquals(LocalDateTime.of(2024, 4, 8, 9, 0), LocalDateTime.now(clock));
        Clock later = ServiceClock.create("2024-04-08T09:00:00+07:00", HCM, Clock.offset(base, java.time.Duration.ofMinutes(5)));
        assertEquals(LocalDateTime.of(2024, 4, 8, 9, 5), LocalDateTime.now(Clock.offset(clock, java.time.Duration.ofMinutes(5))));
        assertEquals(HCM, later.getZone());
    }

    @Test
    void withoutAStartTheClockIsTheBaseInTheServiceZone() {
        Clock base = Clock.fixed(Instant.parse("2024-04-08T02:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDateTime.of(2024, 4, 8, 9, 0), LocalDateTime.now(ServiceClock.create(null, HCM, base)));
    }

    @Test
    void aMalformedStartIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceClock.create("8/4/2024", HCM, Clock.systemUTC()));
        assertEquals("NHACVIEC_CLOCK must be an ISO date-time with offset, e.g. 2024-04-08T09:00:00+07:00; got '8/4/2024'",
                e.getMessage());
    }
}
