package vn.nhacviec.directory;

import java.util.List;
import java.util.Set;

/**
 * Word lists that tell a unit-like name ("Ban Pháp chế HĐND xã", "HĐT xã") from the filler and
 * prose around unit names ("Bộ phận", "xã", "chủ trì", "phối hợp triển khai, hướng dẫn…").
 * All phrases are in folded form (see {@code VietnameseText.fold}).
 */
final class NameShape {

    /** Neutral words that never make a name on their own. */
    private static final List<String[]> FILLER = phrases(
            "bo phan", "cong chuc", "co quan", "cac", "xa", "ubnd", "ubnd xa", "uy ban nhan dan", "thuoc",
            "co lien quan", "lien quan", "co lien", "don vi", "cm", "chuyen mon", "cap", "trong", "nay",
            "giao", "cho", "la", "cua", "de", "va", "hoac", "nhung", "do", "nhiem vu", "phuong", "thi tran");

    /** Verbs and role words: a cell containing them is prose, and names are trimmed of them. */
    private static final List<String[]> VERBS = phrases(
            "chu tri", "phoi hop", "voi", "trien khai", "huong dan", "thuc hien", "tham muu", "chiu trach nhiem",
            "co trach nhiem", "trach nhiem", "theo doi", "don doc", "kiem tra", "danh gia", "tong hop", "bao cao",
            "nghiep vu", "xay dung", "to chuc", "ban hanh", "cong khai", "giai quyet", "thuong xuyen", "dam bao",
            "ket qua", "tham gia", "cha tri", "chu tri tham muu");

    /** Words that begin the name of a body (a board, an association, an office…). */
    private static final List<String[]> HEADS = phrases(
            "ban", "hoi", "hoi dong", "doan", "mat tran", "uy ban", "ubmttq", "mttq", "phong", "tram", "trung tam",
            "truong", "chi hoi", "chi bo", "dang uy", "hop tac xa", "thon", "to dan pho", "cong chuc", "bo phan",
            "co quan", "thuong truc", "chu tich", "pho chu tich", "lanh dao", "hdnd", "to", "ubnd", "nha van hoa",
            "ban quan ly", "cong ty", "chi cuc", "ngan hang", "kho bac", "trung doan", "so", "bao hiem",
            "vien kiem sat", "toa an", "benh vien");

    /** Phrases that begin with a head word but are not names. */
    private static final List<String[]> NOT_HEADS = phrases(
            "ban hanh", "to chuc", "truong hop", "doi voi", "doi moi", "phong chong", "phong trao", "dai dien",
            "doi ngu", "so hoa", "so lieu", "quy dinh", "quy trinh", "quy che", "hoi nghi", "hoi thi", "khoi luong",
            "tram trong", "doan ket", "to khai", "ban do", "ban sao", "hoi dap", "ban than", "truong hoc", "so luong",
            "so sanh", "so sach", "so do", "so lieu", "so hoa", "thue bao");

    /** Upper-case abbreviations that are document or procedure words, not bodies. */
    private static final Set<String> NOT_BODIES = Set.of(
            "tthc", "cchc", "kh", "qd", "bc", "pakn", "cntt", "dvc", "dvctt", "vbqppl", "tw", "nq", "cp", "ttg",
            "hcc", "ct", "tb", "cv", "nd", "tt", "ubnd", "gd", "ngan", "qppl", "kt", "xh", "tk", "ht", "xd");

    private NameShape() {
    }

    private static List<String[]> phrases(String... phrases) {
        return java.util.Arrays.stream(phrases).map(p -> p.split(" ")).toList();
    }

    /** Length of the longest phrase of the list that starts at {@code at}, or 0. */
    private static int match(List<String[]> list, CellTokens cell, int at, int end) {
        int best = 0;
        for (String[] phrase : list) {
            if (phrase.length > best && at + phrase.length <= end + 1) {
                boolean same = true;
                for (int k = 0; k < phrase.length && same; k++) {
                    same = cell.key(at + k).equals(phrase[k]);
                }
                if (same) {
                    best = phrase.length;
                }
            }
        }
        return best;
    }

    /** Length of the longest phrase of the list that ends at {@code at}, or 0. */
    private static int matchEnding(List<String[]> list, CellTokens cell, int begin, int at) {
        int best = 0;
        for (String[] phrase : list) {
            int from = at - phrase.length + 1;
            if (phrase.length > best && from >= begin && match(List.<String[]>of(phrase), cell, from, at) > 0) {
                best = phrase.length;
            }
        }
        return best;
    }

    private static boolean isNumberOrStray(String key) {
        if (key.length() <= 1) {
            return true;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return key.length() == 2 && key.charAt(0) == 'x'; // OCR forms of "xã": x4, x3, xi, xd
            }
        }
        return true;
    }

    /** True when every word of [from, to] is filler, a verb, a number or a stray letter. */
    static boolean allFiller(CellTokens cell, int from, int to) {
        int i = from;
        while (i <= to) {
            int step = Math.max(match(FILLER, cell, i, to), match(VERBS, cell, i, to));
            if (step == 0 && isNumberOrStray(cell.key(i))) {
                step = 1;
            }
            if (step == 0) {
                return false;
            }
            i += step;
        }
        return true;
    }

    /** True when some word of [from, to] begins a verb phrase. */
    static boolean hasVerb(CellTokens cell, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (match(VERBS, cell, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first word of [from, to] after leading verbs, "các" and numbering; {@code to + 1} if none. */
    static int trimStart(CellTokens cell, int from, int to) {
        int i = from;
        while (i <= to) {
            int step = match(VERBS, cell, i, to);
            if (step == 0 && (cell.key(i).equals("cac") || cell.key(i).equals("giao") || cell.key(i).equals("voi")
                    || cell.key(i).equals("va") || isNumberOrStray(cell.key(i)) && !cell.key(i).startsWith("x"))) {
                step = 1;
            }
            if (step == 0) {
                return i;
            }
            i += step;
        }
        return i;
    }

    /** The last word of [from, to] before trailing verbs; {@code from - 1} if none. */
    static int trimEnd(CellTokens cell, int from, int to) {
        int i = to;
        while (i >= from) {
            int step = matchEnding(VERBS, cell, from, i);
            if (step == 0) {
                return i;
            }
            i -= step;
        }
        return i;
    }

    /** True when [from, to] reads as the name of a body: it begins with a head word or has an abbreviation. */
    static boolean looksLikeName(CellTokens cell, int from, int to) {
        if (to < from || to - from + 1 > 8 || allFiller(cell, from, to)) {
            return false;
        }
        int head = match(HEADS, cell, from, to);
        if (head > 0 && match(NOT_HEADS, cell, from, to) == 0) {
            return true;
        }
        for (int i = from; i <= to; i++) {
            if (isAbbreviation(cell.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbbreviation(CellTokens.Token token) {
        String key = token.key();
        if (!token.upper() || key.length() < 2 || NOT_BODIES.contains(key)) {
            return false;
        }
        boolean roman = key.chars().allMatch(ch -> "ivxlc".indexOf(ch) >= 0);
        boolean digits = key.chars().anyMatch(Character::isDigit);
        return !roman && !digits;
    }

    /** True when [from, to] names the commune radio station ("Đài truyền thanh xã"). */
    static boolean isRadioStation(CellTokens cell, int from, int to) {
        for (int i = from; i < to; i++) {
            String a = cell.key(i);
            String b = cell.key(i + 1);
            if ((a.equals("truyen") || a.equals("phat")) && b.equals("thanh")) {
                return true;
            }
        }
        return false;
    }
}
