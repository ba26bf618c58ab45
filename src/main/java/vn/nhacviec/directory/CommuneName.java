package vn.nhacviec.directory;

import vn.nhacviec.deadline.VietnameseText;

/**
 * A commune's name as a matching key: "xã Sơn Kỳ", "UBND xã Sơn Kỳ" and "son ky" name the same
 * commune. The stored commune key is this value, so it must not change for existing names.
 */
public final class CommuneName {

    private CommuneName() {
    }

    public static String key(String name) {
        return VietnameseText.fold(name).replaceFirst("^(ubnd )?(xa )", "").strip();
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
