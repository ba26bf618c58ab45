package vn.nhacviec.bot;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.bot.text.RosterMessages;
import vn.nhacviec.bot.text.UploadMessages;
import vn.nhacviec.directory.UnitCatalog;

@Factory
class MessagesFactory {

    @Singleton
    Messages messages(UnitCatalog units) {
        return new Messages(units);
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
    AccessMessages accessMessages() {
        return new AccessMessages();
    }
}
