package vn.nhacviec.bot.text;

import vn.nhacviec.messaging.Button;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackDataTest {

    @Test
    void everyKindIsEncodedAsDocumented() {
        assertEquals("d:42", new CallbackData.Done(42).encode());
        assertEquals("u:42", new CallbackData.Undo(42).encode());
        assertEquals("p:m-17_a:3", new CallbackData.Pick("m-17_a", 3).encode());
        assertEquals("s:42", new CallbackData.Snooze(42).encode());
        assertEquals("x:42", new CallbackData.Extend(42).encode());
        assertEquals("i:42", new CallbackData.ImportUpload(42).encode());
        assertEquals("c:42", new CallbackData.CancelUpload(42).encode());
        assertEquals("l:q:2", new CallbackData.Page(ListKind.OVERDUE, 2).encode());
        assertEquals("l:a:1", new CallbackData.Page(ListKind.MY_WORK_ALL, 1).encode());
    }

    @Test
    void everyKindIsDecodedBackToItself() {
        List<CallbackData> all = List.of(new CallbackData.Done(Long.MAX_VALUE), new CallbackData.Undo(0),
                new CallbackData.Pick("x".repeat(40), Integer.MAX_VALUE), new CallbackData.Snooze(7),
                new CallbackData.Extend(123456789), new CallbackData.ImportUpload(5), new CallbackData.CancelUpload(6),
                new CallbackData.Page(ListKind.CONTINUOUS, ListKind.MAX_PAGE), new CallbackData.Page(ListKind.MY_WORK, 1));
        for (CallbackData data : all) {
            assertEquals(Optional.of(data), CallbackData.decode(data.encode()));
            assertTrue(data.encode().getBytes(StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES);
        }
    }

    @ParameterizedTest(name = "\"{0}\" is not valid callback data")
    @NullSource
    @ValueSource(strings = {"", "d", "d:", "d:x", "d:-1", "d:1.5", "d:01", "d:99999999999999999999", "q:1", "D:1",
            "d:1 ", " d:1", "u:1:2", "p:", "p:ref", "p:ref:0", "p:ref:-1", "p:bad ref:1", "p::1",
            "p:ref:9999999999", "d:1\n", "l:", "l:q", "l:q:0", "l:q:01", "l:q:1000", "l:z:1", "l:Q:1", "l:qq:1"})
    void malformedDataDecodesToNothing(String data) {
        assertEquals(Optional.empty(), CallbackData.decode(data));
    }

    @Test
    void dataOverSixtyFourBytesIsRefused() {
        assertEquals(Optional.empty(), CallbackData.decode("p:" + "a".repeat(70) + ":1"));
        assertThrows(IllegalArgumentException.class, () -> new Button("x", "d:" + "1".repeat(63)));
        assertThrows(IllegalArgumentException.class, () -> new CallbackData.Pick("a".repeat(41), 1));
        assertThrows(IllegalArgumentException.class, () -> new CallbackData.Done(-1));
    }
}
