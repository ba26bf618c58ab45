package vn.nhacviec.bot;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.bot.text.EvidenceMessages;
import vn.nhacviec.agenda.ActionWindow;
import vn.nhacviec.bot.text.FollowUpMessages;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.bot.text.RosterMessages;
import vn.nhacviec.bot.text.UploadMessages;
import vn.nhacviec.directory.UnitCatalog;

@Factory
class MessagesFactory {

    /** {@code nhacviec.agenda.soon-days}: what "sắp đến hạn" means in the lists (default 30 days). */
    @Singleton
    ActionWindow actionWindow(@Value("${nhacviec.agenda.soon-days:" + ActionWindow.DEFAULT_DAYS + "}") int soonDays) {
        return new ActionWindow(soonDays);
    }

    @Singleton
    Messages messages(UnitCatalog units, ActionWindow window) {
        return new Messages(units, window);
    }

    @Singleton
    RosterMessages rosterMessages(UnitCatalog units) {
        return new RosterMessages(units);
    }

    @Singleton
    UploadMessages uploadMessages(UnitCatalog units) {
        return new UploadMessages(units);
    }

    @Singleton
    FollowUpMessages followUpMessages(UnitCatalog units) {
        return new FollowUpMessages(units);
    }

    @Singleton
    EvidenceMessages evidenceMessages() {
        return new EvidenceMessages();
    }

    @Singleton
    AccessMessages accessMessages() {
        return new AccessMessages();
    }
}
