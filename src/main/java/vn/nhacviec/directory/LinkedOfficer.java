package vn.nhacviec.directory;

/** An officer whose Telegram account is linked: who is talking to the bot, and where to answer. */
public record LinkedOfficer(Officer officer, long communeId, long telegramUserId, long chatId) {

    public long id() {
        return officer.id();
    }

    public Role role() {
        return officer.role();
    }
}
