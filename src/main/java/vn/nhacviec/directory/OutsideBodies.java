package vn.nhacviec.directory;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Names of bodies outside the commune whose proper names hold "và", "&" or commas ("Sở Khoa học và
 * Công nghệ", "Sở Văn hóa, Thể thao và Du lịch") and the usual group names ("các sở, ban, ngành",
 * "UBND các xã, phường"). A cell is otherwise cut at commas and "và", which would break these names
 * into pieces; a name found here is taken whole and kept as written. The one list of such names.
 */
final class OutsideBodies {

    /** Words that head a ministry's or a department's name. */
    private static final Set<String> HEADS = Set.of("so", "bo", "vu", "cuc", "ban");
    /** The heads as written with diacritics; "số" (in "Chuyển đổi số") folds like "Sở" but heads nothing. */
    private static final Set<String> HEADS_WRITTEN = Set.of("sở", "bộ", "vụ", "cục", "ban");

    /** Ministries' and departments' names after the head, in full and abbreviated ("và" is optional). */
    private static final List<String> DEPARTMENTS = List.of(
            "khoa hoc va cong nghe", "kh cn", "khcn",
            "khoa hoc cong nghe va moi truong", "khoa hoc va cong nghe va moi truong",
            "van hoa the thao va du lich", "vh tt dl", "vhttdl", "vh tt va dl", "van hoa the thao du lich",
            "tai nguyen va moi truong", "tn mt", "tnmt",
            "nong nghiep va moi truong", "nn mt", "nnmt",
            "nong nghiep va phat trien nong thon", "nong nghiep va ptnt", "nn ptnt", "nnptnt",
            "lao dong thuong binh va xa hoi", "ld tb xh", "ldtbxh",
            "giao duc va dao tao", "gd dt", "gddt",
            "thong tin va truyen thong", "tt tt", "tttt",
            "ke hoach va dau tu", "kh dt", "khdt",
            "dan toc va ton giao", "dt tg",
            "khoa hoc cong nghe dao tao va moi truong",
            "noi vu va lao dong");

    /** Group names and bodies that need no head; commas and "và" inside them are part of the name. */
    private static final List<String> GROUPS = List.of(
            "cac so ban nganh dia phuong", "cac so ban nganh", "cac so nganh dia phuong", "cac so nganh",
            "cac bo nganh", "cac bo co quan ngang bo", "cac co quan don vi dia phuong", "cac co quan don vi",
            "cac co quan to chuc", "cac co quan to chuc ca nhan", "cac co quan to chuc don vi",
            "cac don vi dia phuong",
            "uy ban nhan dan cac xa phuong thi tran", "uy ban nhan dan cac xa phuong",
            "ubnd cac xa phuong thi tran", "ubnd cac xa phuong", "ubnd cac phuong xa",
            "uy ban nhan dan cac phuong xa",
            "bao va phat thanh truyen hinh",
            // the province's boards, whose names hold a commune unit's ("Kinh tế" is KT)
            "ban quan ly khu kinh te", "ban quan ly cac khu kinh te", "ban quan ly cac khu cong nghiep",
            "ban quan ly khu kinh te va cac khu cong nghiep", "ban quan ly cac khu cong nghe cao",
            "ban quan ly cac khu cong nghe cao va cong nghiep");

    /** Words that may follow a group name and belong to it. */
    private static final List<String> GROUP_SUFFIXES = List.of("co lien quan", "lien quan", "tinh", "thanh pho");

    private static final int PLACE_WORDS = 3;
    /** Words of a department's name written in full ("khoa hoc cong nghe", "van hoa the thao du lich"). */
    private static final int FULL_NAME_WORDS = 3;

    private static final List<String[]> DEPARTMENT_WORDS = words(DEPARTMENTS);
    private static final List<String[]> GROUP_WORDS = words(GROUPS);
    private static final List<String[]> SUFFIX_WORDS = words(GROUP_SUFFIXES);

    private OutsideBodies() {
    }

    /** The last word of an outside body's name starting at {@code at}, or -1 when none starts there. */
    static int endOf(CellTokens cell, int at) {
        int end = -1;
        boolean bare = isBareHead(cell.get(at));
        if ((isHead(cell.get(at)) || bare) && at + 1 < cell.size() && !cell.get(at + 1).hardBefore()) {
            end = longest(cell, at + 1, DEPARTMENT_WORDS);
            if (bare && end - at < FULL_NAME_WORDS) {
                end = -1; // "chuyen doi so VHTTDL": an abbreviation after a bare "so" is no department
            }
        }
        if (end < 0) {
            end = longest(cell, at, GROUP_WORDS);
            if (end >= 0) {
                end = suffixes(cell, end);
            }
        }
        return end < 0 ? -1 : place(cell, end);
    }

    /**
     * A head word: written as one ("Sở", "sở"), or capitalised without diacritics ("So"). "số" and a
     * lower-case "so" ("Chuyển đổi số VHTTDL", "chuyen doi so") are not heads.
     */
    private static boolean isHead(CellTokens.Token token) {
        if (!HEADS.contains(token.key())) {
            return false;
        }
        String written = token.text().toLowerCase(Locale.ROOT);
        return HEADS_WRITTEN.contains(written)
                || written.equals(token.key()) && Character.isUpperCase(token.text().charAt(0));
    }

    /** "so", "bo" in lower case without diacritics: a head only before a department's full name. */
    private static boolean isBareHead(CellTokens.Token token) {
        return HEADS.contains(token.key()) && token.text().equals(token.key());
    }

    /** "… tỉnh", "… có liên quan" after a group name. */
    private static int suffixes(CellTokens cell, int end) {
        boolean grew = true;
        while (grew) {
            grew = false;
            if (end + 1 < cell.size() && !cell.get(end + 1).hardBefore()) {
                int next = longest(cell, end + 1, SUFFIX_WORDS);
                if (next > end) {
                    end = next;
                    grew = true;
                }
            }
        }
        return end;
    }

    /** A place's name written right after the body ("… Lai Châu", "… Thành phố") belongs to it. */
    private static int place(CellTokens cell, int end) {
        int added = 0;
        while (added < PLACE_WORDS && end + 1 < cell.size()) {
            CellTokens.Token next = cell.get(end + 1);
            if (next.hardBefore() || !Character.isUpperCase(next.text().charAt(0)) || next.upper()
                    || next.key().equals("va") || isHead(next) || endOf(cell, end + 1) >= 0) {
                break;
            }
            end++;
            added++;
        }
        return end;
    }

    private static int longest(CellTokens cell, int at, List<String[]> phrases) {
        int best = -1;
        for (String[] phrase : phrases) {
            int end = match(cell, at, phrase);
            if (end > best) {
                best = end;
            }
        }
        return best;
    }

    /** Matches the phrase's words in order; "và" is optional on both sides, separators are ignored. */
    private static int match(CellTokens cell, int at, String[] phrase) {
        int j = at;
        for (String word : phrase) {
            while (j < cell.size() && j > at && cell.key(j).equals("va") && !word.equals("va")) {
                j++;
            }
            if (j >= cell.size() || !cell.key(j).equals(word)) {
                return -1;
            }
            j++;
        }
        return j - 1;
    }

    private static List<String[]> words(List<String> phrases) {
        return phrases.stream()
                .map(p -> VietnameseText.fold(p).replace(" va ", " ").split(" "))
                .toList();
    }
}
