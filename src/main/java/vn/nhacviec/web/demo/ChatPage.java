package vn.nhacviec.web.demo;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The chat simulator page: who the visitor can be, the chat of the one they picked (null: none yet),
 * the bot's command menu, and the token every post carries.
 */
public record ChatPage(List<Person> people, @Nullable Person current, @Nullable ChatLogView log,
                       List<MenuEntry> menu, String csrfToken) {

    public ChatPage {
        people = List.copyOf(people);
        menu = List.copyOf(menu);
    }

    /** An officer to talk as. */
    public record Person(long chatId, String name, String post, boolean current) {

        /** The given name's first letter, for the round picture Telegram shows. */
        public String initial() {
            String given = name.substring(name.lastIndexOf(' ') + 1);
            return given.isEmpty() ? "?" : given.substring(0, given.offsetByCodePoints(0, 1));
        }
    }

    /** A command of the bot's menu, sent by a click as Telegram's menu does. */
    public record MenuEntry(String command, String description) {
    }

    /** The header a page's htmx requests carry the token in. */
    public String htmxHeaders() {
        return "{\"" + DemoChatController.CSRF_HEADER + "\": \"" + csrfToken + "\"}";
    }
}
