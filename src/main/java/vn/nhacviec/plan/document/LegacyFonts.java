package vn.nhacviec.plan.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decodes the runs of a Word document that are set in legacy fonts (".VnTime", ".VnTimeH",
 * "VNI-Times" …) and remembers which encodings it met. The font is what Word draws, so a run in
 * a .Vn font is TCVN3 whatever its letters look like — except a run that holds letters only
 * Unicode can write (Unicode typed over an old style), which is kept as it is. One per document.
 */
final class LegacyFonts {

    /** A piece of a paragraph and the font it is set in (null: unknown). */
    record Run(String text, String font) {
    }

    private final Set<LegacyEncoding> met = EnumSet.noneOf(LegacyEncoding.class);

    static boolean isLegacy(String font) {
        return LegacyEncoding.ofFont(font) != null;
    }

    /**
     * The runs' text, those in legacy fonts decoded. Neighbouring runs in the same kind of font
     * are decoded together, so a VNI letter split between two runs stays one letter.
     */
    String text(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < runs.size()) {
            LegacyEncoding encoding = LegacyEncoding.ofFont(runs.get(i).font());
            boolean capitals = LegacyEncoding.capitalsFont(runs.get(i).font());
            StringBuilder group = new StringBuilder(runs.get(i).text());
            int j = i + 1;
            while (j < runs.size() && Objects.equals(LegacyEncoding.ofFont(runs.get(j).font()), encoding)
                    && LegacyEncoding.capitalsFont(runs.get(j).font()) == capitals) {
                group.append(runs.get(j).text());
                j++;
            }
            out.append(decode(group.toString(), encoding, capitals));
            i = j;
        }
        return out.toString();
    }

    private String decode(String text, LegacyEncoding encoding, boolean capitals) {
        if (encoding == null || LegacyDetector.hasUnicodeVietnamese(text)) {
            return text;
        }
        String decoded = LegacyVietnamese.decode(text, encoding, capitals);
        if (!decoded.equals(text)) {
            met.add(encoding);
        }
        return decoded;
    }

    /** A piece decoded by its content rather than its font (a workbook's cells). */
    void met(LegacyEncoding encoding) {
        met.add(encoding);
    }

    Set<LegacyEncoding> met() {
        return Collections.unmodifiableSet(met);
    }
}
