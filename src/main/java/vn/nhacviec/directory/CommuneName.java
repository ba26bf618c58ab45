package vn.nhacviec.directory;

import vn.nhacviec.deadline.VietnameseText;

/** How commune names are compared: without diacritics, case or a leading "UBND xã". */
public final class CommuneName {

    private CommuneName() {
    }

    /** "son ky" for "Sơn Kỳ", "xã Sơn Kỳ", "UBND xã Sơn Kỳ" and the OCR's "Son Ky". */
    public static String key(String name) {
        String folded = VietnameseText.fold(name);
        return folded.replaceFirst("^(ubnd )?(xa )", "").strip();
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
