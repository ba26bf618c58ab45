package vn.nhacviec.plan.document;

import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's text after legacy Vietnamese encodings were converted to Unicode, and which encodings
 * were found (empty: the text is as it came).
 *
 * <p>The rule, when nothing but the content is known (text files, documents that lost their font
 * names): the whole text decides whether it is TCVN3 or VNI ({@link LegacyDetector}); then every
 * line, and every tab-separated cell of a line, is converted unless it already holds a letter only
 * Unicode can write (a line pasted in Unicode into an old document stays as it is).
 */
public record LegacyText(String text, Set<LegacyEncoding> encodings) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public LegacyText {
        EnumSet<LegacyEncoding> copy = EnumSet.noneOf(LegacyEncoding.class);
        copy.addAll(encodings);
        encodings = Collections.unmodifiableSet(copy);
    }

    /** The text, converted if its content is clearly TCVN3 or VNI. */
    public static LegacyText of(String text) {
        Optional<LegacyEncoding> encoding = LegacyDetector.detect(text);
        return encoding.map(e -> new LegacyText(convert(text, e), Set.of(e))).orElseGet(() -> new LegacyText(text, Set.of()));
    }

    /**
     * Bytes that are not UTF-8, read as the 8-bit text Word saves from a TCVN3 or VNI document
     * (Windows-1252 positions); present only when the content is clearly TCVN3 or VNI.
     */
    public static Optional<LegacyText> ofAnsi(byte[] bytes) {
        LegacyText text = of(windows1252(bytes));
        return text.converted() ? Optional.of(text) : Optional.empty();
    }

    public boolean converted() {
        return !encodings.isEmpty();
    }

    /** One Vietnamese warning per encoding found, for the plan's warnings. */
    public List<String> notices() {
        return encodings.stream().map(LegacyEncoding::notice).toList();
    }

    LegacyText with(Collection<LegacyEncoding> more) {
        EnumSet<LegacyEncoding> all = EnumSet.noneOf(LegacyEncoding.class);
        all.addAll(encodings);
        all.addAll(more);
        return new LegacyText(text, all);
    }

    static String convert(String text, LegacyEncoding encoding) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\t') {
                String cell = text.substring(start, i);
                if (LegacyDetector.hasUnicodeVietnamese(cell)) {
                    out.append(cell);
                } else if (encoding == LegacyEncoding.TCVN3) {
                    out.append(Tcvn3Capitals.decode(cell));
                } else {
                    out.append(LegacyVietnamese.decode(cell, encoding));
                }
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** Windows-1252, except that its five unassigned bytes keep their value instead of becoming U+FFFD. */
    static String windows1252(byte[] bytes) {
        String decoded = new String(bytes, WINDOWS_1252);
        if (decoded.indexOf('\uFFFD') < 0) {
            return decoded;
        }
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            out.append(decoded.charAt(i) == '\uFFFD' ? (char) (bytes[i] & 0xFF) : decoded.charAt(i));
        }
        return out.toString();
    }
}
