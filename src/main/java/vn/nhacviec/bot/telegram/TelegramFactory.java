package vn.nhacviec.bot.telegram;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.nhacviec.bot.BotProperties;
import vn.nhacviec.bot.OutgoingSender;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.bot.store.BotMessageStore;

/** The Telegram client exists only when a token is configured. */
@Factory
class TelegramFactory {

    @Singleton
    @Requires(property = "nhacviec.telegram.token", pattern = ".+")
    TelegramGateway telegramGateway(BotProperties properties) {
        return new TelegramBotsGateway(properties.getToken().strip(), properties.getApiUrl());
    }

    @Singleton
    @Requires(beans = TelegramGateway.class)
    OutgoingSender outgoingSender(TelegramGateway gateway, BotMessageStore memory) {
        return new OutgoingSender(gateway, memory);
    }
}
