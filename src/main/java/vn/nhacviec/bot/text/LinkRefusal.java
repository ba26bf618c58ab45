package vn.nhacviec.bot.text;

/** Why {@code /start CODE} did not link the account. */
public enum LinkRefusal {
    /** No invitation with this code (or no code at all). */
    WRONG_CODE,
    /** The code has already linked another Telegram account. */
    ALREADY_USED,
    /** The code is past its validity. */
    EXPIRED
}
