package vn.nhacviec.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.bot.text.Items.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Reply;

/** Whatever users type and whatever the plan says, the conversation layer holds its promises. */
class ConversationPropertiesTest {

    private final InputParser parser = new InputParser();
    private final Messages messages = new Messages(UnitCatalog.defaults());

    @Property(tries = 3000)
    void anyInputIsParsedWithoutThrowing(@ForAll("typed") String text) {
        assertNotNull(parser.parse(text));
    }

    @Property(tries = 300)
    void anyItemsAreSplitIntoValidPartsListingEveryItemOnce(@ForAll("itemLists") List<AgendaItem> items) {
        List<Reply> parts = messages.myWork(items, TODAY);
        checkParts(parts);
        List<Long> listed = parts.stream().flatMap(p -> p.numbered().values().stream()).toList();
        assertEquals(items.stream().map(AgendaItem::deadlineId).sorted().toList(), listed.stream().sorted().toList());

        List<Reply> leader = messages.overdueForLeader("Sơn Kỳ", Map.of("TP-HT", items), Map.of(), TODAY);
        checkParts(leader);
        long overdue = items.stream().filter(i -> i.isOverdue(TODAY)).count();
        int bullets = leader.stream().mapToInt(p -> (int) p.html().lines().filter(l -> l.startsWith("• #")).count()).sum();
        assertEquals(overdue, bullets);
    }

    @Property(tries = 1000)
    void callbackDataNeverThrowsOnDecode(@ForAll("typed") String data) {
        Optional<CallbackData> decoded = CallbackData.decode(data);
        decoded.ifPresent(d -> assertEquals(data, d.encode()));
    }

    private static void checkParts(List<Reply> parts) {
        assertTrue(!parts.isEmpty());
        for (Reply part : parts) {
            assertTrue(part.html().length() <= MessageSplitter.MAX_HTML, () -> "length " + part.html().length());
            HtmlCheck.assertBalanced(part.html());
            assertTrue(part.buttons().size() <= MessageSplitter.MAX_BUTTONS);
        }
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> vietnamese = Arbitraries.strings()
                .withChars("xongđãrồihoànthànhtácquáạsắpđếnviệc#/@0123456789 ,.:;-–—?!\u0301\u0323\u00A0")
                .ofMaxLength(60);
        Arbitrary<String> prefixed = Combinators.combine(
                Arbitraries.of("xong", "/xong@bot", "Đã xong rồi", "hoàn thành", "/start", "/viec@", "xong #", "?"),
                Arbitraries.strings().ofMaxLength(40)).as(String::concat);
        return Arbitraries.oneOf(any, vietnamese, prefixed, Arbitraries.of("", " ", "\u200B", "\uD83D\uDE00", "\uD83D"));
    }

    @Provide
    Arbitrary<List<AgendaItem>> itemLists() {
        Arbitrary<String> titles = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(400),
                Arbitraries.strings().withChars("<>&\"ab ").ofMinLength(100).ofMaxLength(600));
        Arbitrary<AgendaItem> item = Combinators.combine(
                Arbitraries.integers().between(1, 500),
                titles,
                Arbitraries.strings().withChars("I.V0123456789<&\"").ofMaxLength(20),
                Arbitraries.integers().between(-400, 400).injectNull(0.1),
                Arbitraries.of(DeadlineStatus.OPEN))
                .as((code, title, numbering, offset, status) -> new AgendaItem(0, 1, code, numbering, title,
                        offset == null ? MilestoneKind.CONTINUOUS : MilestoneKind.ONCE, offset == null ? title : "",
                        offset == null ? null : TODAY.plusDays(offset), status, List.of("TP-HT"), null, null, null));
        return item.list().ofMaxSize(400).map(list -> {
            List<AgendaItem> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                AgendaItem x = list.get(i);
                unique.add(new AgendaItem(i + 1, 1, x.taskCode(), x.numbering(), x.title(), x.kind(), x.label(), x.due(),
                        x.status(), x.leadUnits(), null, null, null));
            }
            return unique;
        });
    }
}
