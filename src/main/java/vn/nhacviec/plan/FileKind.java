package vn.nhacviec.plan;

/** Recognises what a file is from its first bytes, not from its name. */
final class FileKind {

    private FileKind() {
    }

    /** A short English description when the bytes are not text, else null. */
    static String describeBinary(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE)) {
            return "UTF-16 text (little-endian)";
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return "UTF-16 text (big-endian)";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive or an Office document (.docx/.xlsx)";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Office document (.doc/.xls)";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'I', 'I', '*', 0) || startsWith(b, 'M', 'M', 0, '*')) {
            return "a TIFF image (a scan?)";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "an executable program";
        }
        int zeros = 0;
        int evenZeros = 0;
        int n = Math.min(b.length, 4096);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
                if (i % 2 == 0) {
                    evenZeros++;
                }
            }
        }
        if (zeros > n / 4 && (evenZeros > zeros * 9 / 10 || evenZeros < zeros / 10)) {
            return "UTF-16 text without a byte-order mark";
        }
        if (zeros > 0) {
            return "a binary file";
        }
        return null;
    }

    /**
     * Windows-1258 writes Vietnamese with base letters plus combining tone bytes (0xCC, 0xD2,
     * 0xDE, 0xEC, 0xF2) and letters such as 0xD0/0xF0 (Đ/đ), 0xE2 (â), 0xEA (ê), 0xF4 (ô).
     */
    static boolean looksLikeWindows1258(byte[] b) {
        int high = 0;
        int vietnamese = 0;
        for (byte value : b) {
            int c = value & 0xFF;
            if (c >= 0x80) {
                high++;
                if (c == 0xCC || c == 0xD2 || c == 0xDE || c == 0xEC || c == 0xF2 || c == 0xD0 || c == 0xF0
                        || c == 0xE2 || c == 0xEA || c == 0xF4 || c == 0xE3 || c == 0xC3 || c == 0xF5 || c == 0xFD) {
                    vietnamese++;
                }
            }
        }
        return high > 0 && vietnamese * 2 >= high;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
