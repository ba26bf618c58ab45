package vn.nhacviec.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.bot.text.Items.TODAY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.TaskAgenda;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Button;
import vn.nhacviec.messaging.Reply;

/**
 * Whatever users type and whatever the plan says, the conversation layer holds its promises. Seeded
 * generators in plain JUnit: every run tries the same cases, and a failure names its seed and try.
 */
class ConversationPropertiesTest {

    private static final long SEED = 0x5EED_0014L;
    private static final Pattern ITEM_LINE = Pattern.compile("^(?:\\d+\\. |• )#(\\d+)");

    private final InputParser parser = new InputParser();
    private final Messages messages = new Messages(UnitCatalog.defaults());

    @Test
    void anyInputIsParsedWithoutThrowing() {
        forAll(3000, ConversationPropertiesTest::typed, text -> assertNotNull(parser.parse(text)));
    }

    @Test
    void anyItemsAreListedOncePerTaskInValidPagesWithDistinctButtons() {
        forAll(300, ConversationPropertiesTest::itemList, items -> {
            List<TaskAgenda> tasks = TaskAgenda.of(items, ReportingCalendar.none(), TODAY);
            List<Reply> pages = MessageSplitterTest.pages(n -> messages.myWork(items, ReportingCalendar.none(), TODAY, true, n));
            checkPages(pages);
            List<Long> listed = pages.stream().flatMap(p -> p.numbered().values().stream()).sorted().toList();
            List<Long> targets = tasks.stream().flatMap(t -> t.target().stream()).map(o -> o.deadlineId()).sorted().toList();
            assertEquals(targets, listed, "each task with a date once, numbered for its target");

            List<Reply> leader = MessageSplitterTest.pages(n -> messages.overdueForLeader("Sơn Kỳ", items, Map.of(),
                    ReportingCalendar.none(), TODAY, n));
            checkPages(leader);
            long overdue = tasks.stream().filter(t -> !t.overdue().isEmpty()).count();
            int bullets = leader.stream().mapToInt(p -> (int) p.html().lines().filter(l -> l.startsWith("• #")).count()).sum();
            assertEquals(overdue, bullets);
        });
    }

    @Test
    void callbackDataNeverThrowsOnDecode() {
        forAll(1000, ConversationPropertiesTest::typed, data -> {
            Optional<CallbackData> decoded = CallbackData.decode(data);
            decoded.ifPresent(d -> assertEquals(data, d.encode()));
        });
    }

    /** Valid parts; in each, no task code on two item lines and no two buttons with the same text. */
    private static void checkPages(List<Reply> pages) {
        assertTrue(!pages.isEmpty());
        Set<Integer> seen = new HashSet<>();
        for (Reply part : pages) {
            assertTrue(part.html().length() <= TelegramLimit.TEXT, () -> "length " + part.html().length());
            HtmlCheck.assertBalanced(part.html());
            assertTrue(part.buttons().size() <= 100);
            List<String> labels = part.buttons().stream().map(Button::text).toList();
            assertEquals(labels.size(), new HashSet<>(labels).size(), () -> "same button text twice: " + labels);
            for (String line : part.html().split("\n")) {
                Matcher m = ITEM_LINE.matcher(line);
                if (m.find()) {
                    assertTrue(seen.add(Integer.parseInt(m.group(1))), () -> "task listed twice: " + line);
                }
            }
        }
    }

    /** Runs {@code property} on {@code tries} generated values; a failure says which try of which seed. */
    private static <T> void forAll(int tries, Function<Random, T> generator, java.util.function.Consumer<T> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < tries; i++) {
            T value = generator.apply(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + SEED + ", try " + i + ": " + abbreviate(value) + " — " + e.getMessage(), e);
            }
        }
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    // ---------------------------------------------------------------- generators

    private static final String VIETNAMESE = "xongđãrồihoànthànhtácquáạsắpđếnviệc#/@0123456789 ,.:;-–—?!\u0301\u0323\u00A0";
    private static final List<String> PREFIXES = List.of("xong", "/xong@bot", "Đã xong rồi", "hoàn thành", "/start",
            "/viec@", "xong #", "?");
    private static final List<String> ODD = List.of("", " ", "\u200B", "\uD83D\uDE00", "\uD83D");

    /** What a user may type: any characters, Vietnamese-ish text, command-like prefixes, odd strings. */
    static String typed(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> anyString(random, 200);
            case 1 -> fromChars(random, VIETNAMESE, 0, 60);
            case 2 -> PREFIXES.get(random.nextInt(PREFIXES.size())) + anyString(random, 40);
            default -> ODD.get(random.nextInt(ODD.size()));
        };
    }

    /** Up to 400 open items: codes 1–500 (some shared), hostile titles, due −400…+400 days or undated. */
    static List<AgendaItem> itemList(Random random) {
        int size = random.nextInt(401);
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int code = 1 + random.nextInt(500);
            String title = random.nextBoolean() ? anyString(random, 400) : fromChars(random, "<>&\"ab ", 100, 600);
            String numbering = fromChars(random, "I.V0123456789<&\"", 0, 20);
            Integer offset = random.nextInt(10) == 0 ? null : random.nextInt(801) - 400;
            items.add(new AgendaItem(i + 1, 1, code, numbering, title,
                    offset == null ? MilestoneKind.CONTINUOUS : MilestoneKind.ONCE, offset == null ? title : "",
                    offset == null ? null : TODAY.plusDays(offset), DeadlineStatus.OPEN, List.of("TP-HT"), null, null, null));
        }
        return items;
    }

    /** Any UTF-16 text: mostly BMP characters, some supplementary ones, some lone surrogates. */
    private static String anyString(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                s.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
            } else if (kind == 1) {
                s.append((char) (0xD800 + random.nextInt(0x800)));
            } else if (kind < 8) {
                s.append((char) (0x20 + random.nextInt(0x60)));
            } else {
                s.append((char) random.nextInt(0xD800));
            }
        }
        return s.toString();
    }

    private static String fromChars(Random random, String chars, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    /** Telegram's limit on a message's text. */
    private static final class TelegramLimit {
        static final int TEXT = 4096;
    }
}
