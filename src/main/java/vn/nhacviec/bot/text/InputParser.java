package vn.nhacviec.bot.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a user typed into a {@link BotInput}. Commands work with or without the slash, with or
 * without diacritics, in any case, with extra spaces and in Telegram's {@code /cmd@botname} form.
 * Stateless and thread-safe; never throws.
 */
public final class InputParser {

    /** "/cmd", "/cmd@botname", then the rest of the message. Applied to folded text. */
    private static final Pattern SLASH = Pattern.compile("^/([a-z0-9_]+)(?:@[a-z0-9_]*)?(?=\\s|$)(.*)$", Pattern.DOTALL);

    /** "xong", "xong rồi", "đã xong", "hoàn thành", "đã hoàn thành rồi" at the very start. Folded text. */
    private static final Pattern DONE = Pattern.compile("^(?:da +)?(?:xong|hoan +thanh|hoanthanh)(?: +roi)?(?![\\p{L}])");

    /** After the done words: separators, optional "việc", then "#12" or "12" standing alone. Folded text. */
    private static final Pattern NUMBER = Pattern.compile(
            "^[\\s,.:;!\\-–—]*(?:viec *)?(#)? *([0-9]{1,9})(?![\\p{L}\\p{N}/@#_]|[.,\\-][\\p{L}\\p{N}])");

    /** Separators that may stand between the done words or the number and the note. */
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,.:;!\\-–—]+");

    /** Notes made only of these words are politeness or filler: "xong rồi ạ", "xong việc này nhé". Folded. */
    private static final Set<String> FILLER = Set.of("a", "nhe", "nha", "roi", "viec", "nay", "do", "ok", "oke", "em",
            "anh", "chi", "a.");

    private static final Map<String, Supplier<BotInput>> COMMANDS = Map.ofEntries(
            Map.entry("viec", BotInput.MyWork::new),
            Map.entry("sapden", BotInput.Upcoming::new),
            Map.entry("quahan", BotInput.Overdue::new),
            Map.entry("thuongxuyen", BotInput.Continuous::new),
            Map.entry("tiendo", BotInput.Progress::new),
            Map.entry("huongdan", BotInput.Help::new),
            Map.entry("help", BotInput.Help::new),
            Map.entry("baocao", BotInput.Report::new),
            Map.entry("web", BotInput.Web::new),
            Map.entry("hoantac", BotInput.Undo::new));

    private static final Map<String, Supplier<BotInput>> PHRASES = Map.ofEntries(
            Map.entry("viec", BotInput.MyWork::new),
            Map.entry("viec cua toi", BotInput.MyWork::new),
            Map.entry("viec cua minh", BotInput.MyWork::new),
            Map.entry("xem viec", BotInput.MyWork::new),
            Map.entry("sapden", BotInput.Upcoming::new),
            Map.entry("sap den", BotInput.Upcoming::new),
            Map.entry("sap den han", BotInput.Upcoming::new),
            Map.entry("sap toi han", BotInput.Upcoming::new),
            Map.entry("sap het han", BotInput.Upcoming::new),
            Map.entry("quahan", BotInput.Overdue::new),
            Map.entry("qua han", BotInput.Overdue::new),
            Map.entry("viec qua han", BotInput.Overdue::new),
            Map.entry("thuongxuyen", BotInput.Continuous::new),
            Map.entry("thuong xuyen", BotInput.Continuous::new),
            Map.entry("viec thuong xuyen", BotInput.Continuous::new),
            Map.entry("tiendo", BotInput.Progress::new),
            Map.entry("tien do", BotInput.Progress::new),
            Map.entry("xem tien do", BotInput.Progress::new),
            Map.entry("huongdan", BotInput.Help::new),
            Map.entry("huong dan", BotInput.Help::new),
            Map.entry("help", BotInput.Help::new),
            Map.entry("tro giup", BotInput.Help::new),
            Map.entry("baocao", BotInput.Report::new),
            Map.entry("bao cao", BotInput.Report::new),
            Map.entry("web", BotInput.Web::new),
            Map.entry("trang web", BotInput.Web::new),
            Map.entry("hoantac", BotInput.Undo::new),
            Map.entry("hoan tac", BotInput.Undo::new));

    public BotInput parse(String text) {
        if (text == null) {
            return new BotInput.Unknown("");
        }
        String tidy;
        try {
            tidy = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        } catch (RuntimeException e) {
            tidy = text.strip();
        }
        try {
            return read(tidy);
        } catch (RuntimeException e) {
            return new BotInput.Unknown(tidy);
        }
    }

    private BotInput read(String text) {
        FoldedText folded = FoldedText.of(text);
        String f = folded.folded();
        if (f.isBlank()) {
            return new BotInput.Unknown("");
        }
        Matcher slash = SLASH.matcher(f);
        if (slash.matches()) {
            String command = slash.group(1);
            if (command.equals("start")) {
                String rest = folded.originalFrom(slash.start(2)).strip();
                int space = firstSpace(rest);
                return new BotInput.Start(space < 0 ? rest : rest.substring(0, space));
            }
            if (command.equals("xong") || command.equals("hoanthanh")) {
                return done(folded, slash.start(2));
            }
            Supplier<BotInput> known = COMMANDS.get(command);
            return known != null ? known.get() : new BotInput.Unknown(text);
        }
        if (f.strip().equals("?")) {
            return new BotInput.Help();
        }
        String phrase = f.replaceAll(" +", " ").replaceAll("[\\s.!?…]+$", "").strip();
        Supplier<BotInput> known = PHRASES.get(phrase);
        if (known != null) {
            return known.get();
        }
        Matcher done = DONE.matcher(f);
        if (done.find()) {
            return done(folded, done.end());
        }
        return new BotInput.Unknown(text);
    }

    private static BotInput.Done done(FoldedText folded, int from) {
        String f = folded.folded();
        Matcher number = NUMBER.matcher(f.substring(from));
        OptionalInt item = OptionalInt.empty();
        Optional<Integer> code = Optional.empty();
        int noteFrom = from;
        if (number.find()) {
            int n = Integer.parseInt(number.group(2));
            code = Optional.of(n);
            if (number.group(1) == null) {
                item = OptionalInt.of(n);
            }
            noteFrom = from + number.end();
        }
        return new BotInput.Done(item, code, note(folded, noteFrom));
    }

    private static String note(FoldedText folded, int from) {
        String raw = folded.originalFrom(from);
        String note = LEADING_SEPARATORS.matcher(raw).replaceFirst("").strip();
        String key = FoldedText.of(note).folded().replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
        boolean filler = key.isEmpty() || Arrays.stream(key.split(" ")).allMatch(FILLER::contains);
        return filler ? "" : note;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
