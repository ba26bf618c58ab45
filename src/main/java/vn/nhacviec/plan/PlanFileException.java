package vn.nhacviec.plan;

/**
 * A plan file that cannot be imported. The message says why in one English line (for the
 * operator); {@link #forUser()} says it in Vietnamese for the officer who sent the file to the bot.
 */
public class PlanFileException extends RuntimeException {

    private final String forUser;

    public PlanFileException(String message) {
        this(message, null);
    }

    public PlanFileException(String message, String forUser) {
        super(message);
        this.forUser = forUser;
    }

    /** The reason in Vietnamese, one sentence. */
    public String forUser() {
        return forUser != null ? forUser
                : "tệp bị hỏng hoặc không phải loại tệp bot đọc được.";
    }

    /**
     * A readable document with no text in it (a scanned PDF, a Word file holding only a picture): no
     * plan, but every reading limit was met, so evidence of completion may still be such a file.
     */
    public static final class NoText extends PlanFileException {

        public NoText(String message, String forUser) {
            super(message, forUser);
        }
    }
}
