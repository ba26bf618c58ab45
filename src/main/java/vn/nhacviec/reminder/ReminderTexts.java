package vn.nhacviec.reminder;

import vn.nhacviec.messaging.Reply;

import java.util.List;

/** How the reminders read in Telegram; the bot's text package writes them, the scan and the outbox only send them. */
public interface ReminderTexts {

    /** One officer's digest, split only where Telegram's length limit needs it. */
    List<Reply> render(Digest digest);

    /** Tells the office that an officer blocked the bot and no longer receives reminders. */
    Reply officerBlockedBot(String officerName);
}
