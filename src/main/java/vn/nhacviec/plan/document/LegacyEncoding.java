package vn.nhacviec.plan.document;

import java.util.Locale;

/**
 * The pre-Unicode Vietnamese encodings old commune documents are typed in. Both put Vietnamese
 * letters at Latin-1 / Windows-1252 positions, so such a file reads as gibberish ("KÕ ho¹ch",
 * "Keá hoaïch") until it is converted ({@link LegacyVietnamese}).
 */
public enum LegacyEncoding {

    /**
     * TCVN 5712:1993 "VN3", typed with the ABC keyboard in the .Vn… fonts (.VnTime, .VnArial…):
     * one code per lower-case letter; capitals with a tone have no code of their own and are
     * typed in the "H" fonts (.VnTimeH…), which draw the same codes as capitals.
     */
    TCVN3("TCVN3 (ABC)"),

    /** VNI for Windows (VNI-Times, VNI-Helve…): a base letter followed by a mark character. */
    VNI("VNI");

    private final String label;

    LegacyEncoding(String label) {
        this.label = label;
    }

    /** The Vietnamese plan-level warning that says the text was converted. */
    public String notice() {
        return "Kế hoạch được gõ bằng phông " + label + " cũ; đã tự chuyển sang Unicode, đề nghị kiểm tra lại nội dung.";
    }

    /** The encoding a font's name implies (".VnTime" → TCVN3, "VNI-Times" → VNI), else null. */
    static LegacyEncoding ofFont(String fontName) {
        if (fontName == null) {
            return null;
        }
        String name = fontName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(".vn") && !name.startsWith(".vnsymbol")) {
            return TCVN3;
        }
        if (name.startsWith("vni-") || name.startsWith("vni ")) {
            return VNI;
        }
        return null;
    }

    /** The TCVN3 "H" fonts (.VnTimeH, .VnArialH…) draw every letter as a capital. */
    static boolean capitalsFont(String fontName) {
        return ofFont(fontName) == TCVN3 && fontName.strip().endsWith("H");
    }
}
