package vn.nhacviec.bot.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** What officers type about evidence, and the review buttons' data. */
class EvidenceInputTest {

    private final InputParser parser = new InputParser();

    @Test
    void returningACompletionKeepsTheReasonAsTyped() {
        assertEquals(new BotInput.Return("Ảnh chưa có dấu đỏ"), parser.parse("trả lại: Ảnh chưa có dấu đỏ"));
        assertEquals(new BotInput.Return("thieu chu ky"), parser.parse("Tra lai thieu chu ky"));
        assertEquals(new BotInput.Return(""), parser.parse("trả lại"));
        assertInstanceOf(BotInput.Unknown.class, parser.parse("trả lời sau"));
    }

    @Test
    void theBinderIsAskedForByCommandOrWords() {
        assertInstanceOf(BotInput.Binder.class, parser.parse("/hoso"));
        assertInstanceOf(BotInput.Binder.class, parser.parse("hồ sơ kiểm chứng"));
        assertInstanceOf(BotInput.Binder.class, parser.parse("ho so"));
    }

    @Test
    void aDocumentNumberAfterXongStaysInTheNoteAndIsNoTaskCode() {
        BotInput.Done done = assertInstanceOf(BotInput.Done.class, parser.parse("xong, QĐ số 12/QĐ-UBND ngày 3/3/2025"));
        assertEquals(Optional.empty(), done.taskCode());
        assertEquals("QĐ số 12/QĐ-UBND ngày 3/3/2025", done.note());
    }

    @Test
    void reviewButtonsRoundTrip() {
        assertEquals(Optional.of(new CallbackData.Accept(42)), CallbackData.decode(new CallbackData.Accept(42).encode()));
        assertEquals(Optional.of(new CallbackData.Return(42)), CallbackData.decode("t:42"));
    }
}
