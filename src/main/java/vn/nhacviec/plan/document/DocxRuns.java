package vn.nhacviec.plan.document;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A .docx paragraph's text with its legacy-font runs decoded ({@link LegacyFonts}). A run's font
 * is its own (w:rFonts, the hAnsi font first: Latin-1 codes are drawn with it), else its
 * paragraph style's (following basedOn), else the document default; character and table styles
 * are not followed. A paragraph without a legacy font gives POI's own text, unchanged.
 */
final class DocxRuns {

    private final XWPFStyles styles;
    private final LegacyFonts fonts;
    private final Map<String, Optional<String>> styleFonts = new HashMap<>();
    private final String defaultStyle;

    DocxRuns(XWPFDocument doc, LegacyFonts fonts) {
        this.styles = doc.getStyles();
        this.fonts = fonts;
        this.defaultStyle = styles == null ? null : styles.getStyles().stream()
                .filter(s -> s.getType() == STStyleType.PARAGRAPH && s.getCTStyle().isSetDefault())
                .map(XWPFStyle::getStyleId).findFirst().orElse(null);
    }

    String text(XWPFParagraph paragraph) {
        List<LegacyFonts.Run> runs = new ArrayList<>();
        boolean legacy = false;
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                if (run.getCTR().sizeOfDelTextArray() == 0) { // as POI: deleted (tracked) text is left out
                    String font = font(run, paragraph);
                    boolean inLegacyFont = LegacyFonts.isLegacy(font);
                    legacy |= inLegacyFont;
                    runs.add(new LegacyFonts.Run(inLegacyFont ? legacyText(run) : run.toString(), font));
                }
            } else if (element instanceof XWPFSDT sdt) {
                runs.add(new LegacyFonts.Run(sdt.getContent().getText(), null));
            } else {
                runs.add(new LegacyFonts.Run(String.valueOf(element), null));
            }
        }
        return legacy ? fonts.text(runs) : paragraph.getText();
    }

    /**
     * A legacy-font run's text. POI drops {@code <w:softHyphen/>}, which is how LibreOffice saves
     * TCVN3's ư (0xAD): such a run is read element by element, the soft hyphen kept.
     */
    private static String legacyText(XWPFRun run) {
        if (run.getCTR().sizeOfSoftHyphenArray() == 0) {
            return run.toString();
        }
        StringBuilder out = new StringBuilder();
        try (XmlCursor cursor = run.getCTR().newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                switch (cursor.getName().getLocalPart()) {
                    case "t" -> out.append(cursor.getTextValue());
                    case "tab", "ptab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    case "softHyphen" -> out.append('\u00AD');
                    case "noBreakHyphen" -> out.append('-');
                    default -> { }
                }
            }
        }
        return out.toString();
    }

    private String font(XWPFRun run, XWPFParagraph paragraph) {
        String font = run.getFontFamily(XWPFRun.FontCharRange.hAnsi);
        if (font == null) {
            font = run.getFontFamily(XWPFRun.FontCharRange.ascii);
        }
        if (font == null && styles != null) {
            String id = paragraph.getStyleID() != null ? paragraph.getStyleID() : defaultStyle;
            font = styleFonts.computeIfAbsent(String.valueOf(id), k -> Optional.ofNullable(styleFont(id))).orElse(null);
        }
        return font;
    }

    private String styleFont(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < 16; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            String font = font(style.getCTStyle().getRPr());
            if (font != null) {
                return font;
            }
            id = style.getBasisStyleID();
        }
        try {
            return font(styles.getDefaultRunStyle().getRPr());
        } catch (RuntimeException noDefaults) {
            return null;
        }
    }

    private static String font(CTRPr properties) {
        if (properties == null || properties.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts fonts = properties.getRFontsArray(0);
        return fonts.getHAnsi() != null ? fonts.getHAnsi() : fonts.getAscii();
    }
}
