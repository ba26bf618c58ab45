package vn.nhacviec.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nhacviec.bot.text.BotInput.Done;

class InputParserTest {

    private final InputParser parser = new InputParser();

    private static Arguments in(String text, BotInput expected) {
        return Arguments.of(text, expected);
    }

    private static Done done(Integer item, Integer code, String note) {
        return new Done(item == null ? OptionalInt.empty() : OptionalInt.of(item), Optional.ofNullable(code), note);
    }

    private static Done item(int n, String note) {
        return done(n, n, note);
    }

    private static Done task(int code, String note) {
        return done(null, code, note);
    }

    static Stream<Arguments> inputs() {
        BotInput myWork = new BotInput.MyWork();
        BotInput upcoming = new BotInput.Upcoming();
        BotInput overdue = new BotInput.Overdue();
        BotInput progress = new BotInput.Progress();
        BotInput help = new BotInput.Help();
        BotInput report = new BotInput.Report();
        BotInput undo = new BotInput.Undo();
        return Stream.of(
                // start
                in("/start ABC123", new BotInput.Start("ABC123")),
                in("/start@NhacViecBot ABC123", new BotInput.Start("ABC123")),
                in("  /start   x7-K9  ", new BotInput.Start("x7-K9")),
                in("/start", new BotInput.Start("")),
                in("/START@nhacviec_bot", new BotInput.Start("")),
                // my work
                in("/viec", myWork),
                in("/viec@NhacViecBot", myWork),
                in("/VIEC", myWork),
                in("/việc", myWork),
                in("việc", myWork),
                in("Việc", myWork),
                in("viec", myWork),
                in("việc của tôi", myWork),
                in("Viec cua toi", myWork),
                in("  VIỆC   CỦA   TÔI  ", myWork),
                in("việc của tôi?", myWork),
                // upcoming
                in("/sapden", upcoming),
                in("/sapden@NhacViecBot", upcoming),
                in("sắp đến hạn", upcoming),
                in("sap den han", upcoming),
                in("Sắp đến", upcoming),
                in("sap den", upcoming),
                in("sapden", upcoming),
                // overdue
                in("/quahan", overdue),
                in("/QuaHan@nhacviecbot", overdue),
                in("quá hạn", overdue),
                in("Quá hạn", overdue),
                in("qua han", overdue),
                in("QUA HAN", overdue),
                in("QUÁ HẠN!", overdue),
                in("quahan", overdue),
                // continuous
                in("/thuongxuyen", new BotInput.Continuous()),
                in("thường xuyên", new BotInput.Continuous()),
                in("thuong xuyen", new BotInput.Continuous()),
                in("Việc thường xuyên", new BotInput.Continuous()),
                // progress
                in("/tiendo", progress),
                in("tiến độ", progress),
                in("Tien do", progress),
                in("TIẾN ĐỘ", progress),
                in("tiến độ?", progress),
                // help
                in("/huongdan", help),
                in("/help", help),
                in("/help@NhacViecBot", help),
                in("hướng dẫn", help),
                in("huong dan", help),
                in("?", help),
                in(" ? ", help),
                in("help", help),
                // report
                in("/baocao", report),
                in("báo cáo", report),
                in("bao cao", report),
                // undo
                in("hoàn tác", undo),
                in("Hoàn tác", undo),
                in("hoan tac", undo),
                in("/hoantac", undo),
                in("HOÀN TÁC.", undo),
                // done
                in("xong", Done.plain()),
                in("Xong", Done.plain()),
                in("XONG!", Done.plain()),
                in("xong rồi", Done.plain()),
                in("xong roi", Done.plain()),
                in("đã xong", Done.plain()),
                in("da xong", Done.plain()),
                in("Đã xong rồi.", Done.plain()),
                in("hoàn thành", Done.plain()),
                in("hoan thanh", Done.plain()),
                in("Đã hoàn thành", Done.plain()),
                in("xong rồi ạ", Done.plain()),
                in("xong việc này nhé", Done.plain()),
                in("/xong", Done.plain()),
                in("xong 2", item(2, "")),
                in("Xong 2.", item(2, "")),
                in("xong  2 ", item(2, "")),
                in("xong rồi 3", item(3, "")),
                in("đã xong 1, đã gửi", item(1, "đã gửi")),
                in("xong 12 đã gửi báo cáo", item(12, "đã gửi báo cáo")),
                in("xong #12", task(12, "")),
                in("xong # 12", task(12, "")),
                in("xong #12 đã gửi báo cáo", task(12, "đã gửi báo cáo")),
                in("Xong #12: đã gửi báo cáo số 15/BC-UBND", task(12, "đã gửi báo cáo số 15/BC-UBND")),
                in("xong việc #12", task(12, "")),
                in("hoàn thành #7 - đã niêm yết", task(7, "đã niêm yết")),
                in("/xong@NhacViecBot 4", item(4, "")),
                in("xong, đã ban hành KH số 12/KH-UBND", done(null, null, "đã ban hành KH số 12/KH-UBND")),
                in("xong 12/KH-UBND đã ban hành", done(null, null, "12/KH-UBND đã ban hành")),
                in("xong. Đã gửi lên huyện", done(null, null, "Đã gửi lên huyện")),
                in("da xong, da gui bao cao", done(null, null, "da gui bao cao")),
                in("xong 2 3", item(2, "3")),
                // unknown
                in("hôm qua tôi đã làm xong", new BotInput.Unknown("hôm qua tôi đã làm xong")),
                in("xongxuoi", new BotInput.Unknown("xongxuoi")),
                in("chưa xong", new BotInput.Unknown("chưa xong")),
                in("/abc", new BotInput.Unknown("/abc")),
                in("ht", new BotInput.Unknown("ht")),
                in("done", new BotInput.Unknown("done")),
                in("chào bot", new BotInput.Unknown("chào bot")),
                in("", new BotInput.Unknown("")),
                in("   ", new BotInput.Unknown("")),
                in(null, new BotInput.Unknown("")));
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @MethodSource("inputs")
    void whatUsersTypeIsReadAsTheRightInput(String text, BotInput expected) {
        assertEquals(expected, parser.parse(text));
    }

    @Test
    void theNoteKeepsTheDiacriticsAsTyped() {
        Done done = (Done) parser.parse("Đã xong #5 — Đã gửi Báo cáo số 15/BC-UBND ngày 08/4");

        assertEquals(new Done(OptionalInt.empty(), Optional.of(5), "Đã gửi Báo cáo số 15/BC-UBND ngày 08/4"), done);
    }

    @Test
    void textTypedInDecomposedUnicodeIsReadLikeComposedText() {
        String decomposed = java.text.Normalizer.normalize("quá hạn", java.text.Normalizer.Form.NFD);

        assertEquals(new BotInput.Overdue(), parser.parse(decomposed));
    }

    @Test
    void aNumberTooLongForAnIntIsPartOfTheNote() {
        assertEquals(done(null, null, "12345678901"), parser.parse("xong 12345678901"));
    }
}
