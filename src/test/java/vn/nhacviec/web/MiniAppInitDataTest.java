package vn.nhacviec.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiniAppInitDataTest {

    static final String TOKEN = "123456:ABC-test-token";
    static final Instant NOW = Instant.parse("2024-04-08T02:00:00Z");

    static Map<String, String> fields(Instant authDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put("user", "{\"id\":4242,\"first_name\":\"Tư\",\"language_code\":\"vi\"}");
        fields.put("auth_date", Long.toString(authDate.getEpochSecond()));
        return fields;
    }

    @Test
    void dataSignedWithTheBotsTokenGivesTheUser() {
        MiniAppInitData.Check check = MiniAppInitData.check(MiniAppInitData.sign(fields(NOW.minusSeconds(60)), TOKEN), TOKEN, NOW);
        assertTrue(check.accepted());
        assertEquals(4242L, check.userId());
    }

    @Test
    void dataSignedWithAnotherKeyIsRefused() {
        String forged = MiniAppInitData.sign(fields(NOW), "999:another-bot");
        assertEquals(MiniAppInitData.Refusal.BAD_SIGNATURE, MiniAppInitData.check(forged, TOKEN, NOW).refusal());
    }

    @Test
    void aChangedFieldBreaksTheSignature() {
        String signed = MiniAppInitData.sign(fields(NOW), TOKEN).replace("4242", "4243");
        assertEquals(MiniAppInitData.Refusal.BAD_SIGNATURE, MiniAppInitData.check(signed, TOKEN, NOW).refusal());
    }

    @Test
    void dataOlderThanADayIsRefused() {
        String stale = MiniAppInitData.sign(fields(NOW.minus(Duration.ofDays(1)).minusSeconds(1)), TOKEN);
        assertEquals(MiniAppInitData.Refusal.STALE, MiniAppInitData.check(stale, TOKEN, NOW).refusal());
        String fresh = MiniAppInitData.sign(fields(NOW.minus(Duration.ofHours(23))), TOKEN);
        assertTrue(MiniAppInitData.check(fresh, TOKEN, NOW).accepted());
    }

    @Test
    void malformedDataIsRefused() {
        for (String bad : new String[]{"", "hash=zz", "user=1&auth_date=1", "a=1&a=2&hash=" + "0".repeat(64), "%%%=1"}) {
            assertEquals(false, MiniAppInitData.check(bad, TOKEN, NOW).accepted(), bad);
        }
        Map<String, String> noDate = fields(NOW);
        noDate.remove("auth_date");
        assertEquals(MiniAppInitData.Refusal.MALFORMED,
                MiniAppInitData.check(MiniAppInitData.sign(noDate, TOKEN), TOKEN, NOW).refusal());
    }
}
