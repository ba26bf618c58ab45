package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.web.SignInLinks;

import java.util.List;

/** /web and the "Mở trang web" button: a one-time sign-in link to the web pages, for the officer who asked. */
@Singleton
class WebHandler {

    private final SignInLinks links;
    private final Messages messages;

    WebHandler(SignInLinks links, Messages messages) {
        this.links = links;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        String url = links.mint(turn.officer().id()).toString();
        return Answers.text(turn.incoming(), messages.webLink(url, links.lifetimeMinutes()));
    }
}
