package vn.nhacviec.plan.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import vn.nhacviec.testsupport.Seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes seed 000 as the old Word documents communes still send, typed in legacy fonts, with
 * the layout of {@link DocxFixtureGenerator}:
 * <ul>
 * <li>{@code 000-tcvn3.docx}: the document's default font is ".VnTime" (runs without a font of
 * their own, as Word saves a document whose Normal style is .VnTime); an all-capitals line is
 * one ".VnTimeH" run, and in other lines each capital with a tone ("Ủ") is a ".VnTimeH" run of
 * its own, the way ABC typists switch font for one letter;</li>
 * <li>{@code 000-vni.docx}: every run in "VNI-Times".</li>
 * </ul>
 * Run once: {@code java … LegacyFixtureGenerator [directory]}; then
 * {@code soffice --headless --convert-to doc:"MS Word 97" 000-tcvn3.docx} makes 000-tcvn3.doc.
 */
public final class LegacyFixtureGenerator {

    static final String TCVN3_FONT = ".VnTime";
    static final String TCVN3_CAPITALS_FONT = ".VnTimeH";
    static final String VNI_FONT = "VNI-Times";

    private LegacyFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/plans");
        String seed = Seeds.text(Seeds.SON_KY_2024);
        Files.write(dir.resolve("000-tcvn3.docx"), tcvn3(seed, TCVN3_FONT, TCVN3_CAPITALS_FONT));
        Files.write(dir.resolve("000-vni.docx"), vni(seed, VNI_FONT));
        System.out.println("wrote " + dir.resolve("000-tcvn3.docx") + " and " + dir.resolve("000-vni.docx"));
    }

    /** Seed text as a TCVN3 document; {@code font} is the default font, {@code capitalsFont} the H font. */
    static byte[] tcvn3(String seedText, String font, String capitalsFont) throws IOException {
        return DocxFixtureGenerator.docx(seedText, doc -> defaultFont(doc, font), (paragraph, text) -> {
            if (!text.isEmpty() && text.equals(text.toUpperCase(Locale.ROOT)) && needsCapitalsFont(text)) {
                run(paragraph, LegacyVietnamese.encode(text, LegacyEncoding.TCVN3, true), capitalsFont);
                return;
            }
            int start = 0;
            for (int i = 1; i <= text.length(); i++) {
                if (i == text.length() || needsCapitalsFont(text.charAt(i)) != needsCapitalsFont(text.charAt(start))) {
                    String piece = text.substring(start, i);
                    boolean capitals = needsCapitalsFont(piece.charAt(0));
                    run(paragraph, LegacyVietnamese.encode(piece, LegacyEncoding.TCVN3, capitals), capitals ? capitalsFont : null);
                    start = i;
                }
            }
        });
    }

    /** Seed text as a VNI document, every run in {@code font}. */
    static byte[] vni(String seedText, String font) throws IOException {
        return DocxFixtureGenerator.docx(seedText, doc -> { },
                (paragraph, text) -> run(paragraph, LegacyVietnamese.encode(text, LegacyEncoding.VNI, false), font));
    }

    private static boolean needsCapitalsFont(String text) {
        return text.chars().anyMatch(c -> needsCapitalsFont((char) c));
    }

    /** A capital with a tone: TCVN3 has no code for it outside the H fonts. */
    private static boolean needsCapitalsFont(char c) {
        return c >= 0x80 && Character.isUpperCase(c) && "ĂÂĐÊÔƠƯ".indexOf(c) < 0;
    }

    private static void run(XWPFParagraph paragraph, String text, String font) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (font != null) {
            run.setFontFamily(font);
        }
    }

    private static void defaultFont(XWPFDocument doc, String font) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        doc.createStyles().setDefaultFonts(fonts);
    }
}
