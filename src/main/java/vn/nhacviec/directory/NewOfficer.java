package vn.nhacviec.directory;

/** An officer just added, with the one-time code they send to the bot as {@code /start CODE}. */
public record NewOfficer(Officer officer, String inviteCode) {

    public String startCommand() {
        return "/start " + inviteCode;
    }
}
