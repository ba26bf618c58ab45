package vn.nhacviec.document;

/**
 * A document passed one of its {@link ReadingBudget}'s limits. The message says which, in English,
 * as a clause to follow "FILE is refused: "; {@link #vietnamese()} says it for the officer who sent it.
 */
public final class LimitExceeded extends RuntimeException {

    private final String vietnamese;

    public LimitExceeded(String english, String vietnamese) {
        super(english, null, false, false);
        this.vietnamese = vietnamese;
    }

    /** The limit in Vietnamese, a clause such as "tệp có 2000 trang, vượt giới hạn 200 trang". */
    public String vietnamese() {
        return vietnamese;
    }

    /** One English line: "plan.pdf is refused: it has 2000 pages (limit: 200)". */
    public String english(String fileName) {
        return fileName + " is refused: " + getMessage() + "; a plan or roster is never this large";
    }

    /** One Vietnamese sentence for the bot. */
    public String forUser() {
        return vietnamese + ", quá lớn đối với một kế hoạch hay danh sách cán bộ; đồng chí kiểm tra lại tệp.";
    }
}
