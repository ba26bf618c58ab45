package vn.nhacviec.bot.text;

import java.util.Arrays;
import java.util.Optional;

/** The lists a "Xem tiếp" / "Xem tất cả" button can page through, with their one-letter callback codes. */
public enum ListKind {
    /** /viec: what needs action now (overdue, due within the window). */
    MY_WORK("v"),
    /** /viec, every open task ("Xem tất cả"). */
    MY_WORK_ALL("a"),
    /** /quahan. */
    OVERDUE("q"),
    /** /sapden. */
    UPCOMING("s"),
    /** /thuongxuyen: continuous work. */
    CONTINUOUS("t");

    /** Pages beyond this are not offered (a list of 999 pages is not read on a phone). */
    public static final int MAX_PAGE = 999;

    private final String code;

    ListKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ListKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
