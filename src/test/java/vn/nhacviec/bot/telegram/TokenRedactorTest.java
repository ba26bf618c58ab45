package vn.nhacviec.bot.telegram;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TokenRedactorTest {

    @Test
    void theTokenNeverSurvivesInAMessage() {
        String token = "7012345678:AAHk-very_Secret-Token";
        String error = "Unable to execute sendmessage method: https://api.telegram.org/bot" + token + "/sendmessage";
        String redacted = TokenRedactor.redact(error, token);
        assertFalse(redacted.contains("AAHk"), redacted);
        assertEquals("Unable to execute sendmessage method: https://api.telegram.org/bot<token>/sendmessage", redacted);
    }

    @Test
    void anyTokenShapedTextIsMaskedEvenWhenTheTokenIsUnknown() {
        assertEquals("bot<token>/getUpdates", TokenRedactor.redact("bot123456:ABCDEFGHIJKLmnop/getUpdates", null));
    }
}
