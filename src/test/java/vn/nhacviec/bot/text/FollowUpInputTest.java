package vn.nhacviec.bot.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** What officers type for coordinated parts, leave and handover, and the new buttons. */
class FollowUpInputTest {

    private final InputParser parser = new InputParser();

    @Test
    void partDoneIsReadWithOrWithoutDiacriticsAndBeforePlainDone() {
        assertEquals(new BotInput.PartDone(OptionalInt.empty(), Optional.empty(), ""), parser.parse("xong phần"));
        assertEquals(new BotInput.PartDone(OptionalInt.empty(), Optional.empty(), ""), parser.parse("Xong phan cua minh"));
        assertEquals(new BotInput.PartDone(OptionalInt.empty(), Optional.of(12), ""), parser.parse("xong phần #12"));
        assertEquals(new BotInput.PartDone(OptionalInt.of(2), Optional.of(2), ""), parser.parse("đã xong phần 2"));
        assertEquals(new BotInput.PartDone(OptionalInt.empty(), Optional.of(12), "Văn hóa – Xã hội"),
                parser.parse("xong phần của Văn hóa – Xã hội #12"));
        assertEquals(new BotInput.PartDone(OptionalInt.empty(), Optional.empty(), "VH-XH"), parser.parse("/xongphan VH-XH"));
        assertInstanceOf(BotInput.Done.class, parser.parse("xong #12 phần báo cáo"), "plain done stays done");
    }

    @Test
    void leaveAndHandoverCommandsKeepTheirDetails() {
        assertEquals(new BotInput.Leave(""), parser.parse("/nghiphep"));
        assertEquals(new BotInput.Leave(""), parser.parse("nghỉ phép"));
        assertEquals(new BotInput.Leave("2 10/04/2024 19/04/2024 nghỉ phép"), parser.parse("/nghiphep 2 10/04/2024 19/04/2024 nghỉ phép"));
        assertEquals(new BotInput.HandOver("3 5"), parser.parse("/bangiao 3 5"));
        assertInstanceOf(BotInput.Coordinating.class, parser.parse("phối hợp"));
        assertInstanceOf(BotInput.Coordinating.class, parser.parse("/phoihop"));
    }

    @Test
    void theNewButtonsRoundTrip() {
        for (CallbackData data : new CallbackData[]{new CallbackData.PartDone(5), new CallbackData.AskWhy(6),
                new CallbackData.ApproveLeave(7), new CallbackData.RefuseLeave(8)}) {
            assertEquals(Optional.of(data), CallbackData.decode(data.encode()));
        }
        assertEquals(Optional.empty(), CallbackData.decode("w:-1"));
    }
}
