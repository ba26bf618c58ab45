package vn.nhacviec.bot;

import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.List;

/** Small helpers that turn rendered replies into actions. */
final class Answers {

    private Answers() {
    }

    static List<Outgoing> text(Incoming to, Reply reply) {
        return List.of(new Outgoing.Send(to.chatId(), reply, null, MessageMemo.none()));
    }

    /** A list message: each part remembers which number stands for which deadline. */
    static List<Outgoing> list(Incoming to, Long officerId, List<Reply> parts, MessageMemo.Kind kind) {
        List<Outgoing> out = new ArrayList<>();
        for (Reply part : parts) {
            out.add(new Outgoing.Send(to.chatId(), part, null, new MessageMemo(kind, officerId, part.numbered())));
        }
        return out;
    }
}
