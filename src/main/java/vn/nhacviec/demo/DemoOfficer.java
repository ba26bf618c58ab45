package vn.nhacviec.demo;

import vn.nhacviec.directory.Role;

import java.util.List;

/**
 * One officer of the demo commune: who they are, what they do and the made-up Telegram chat they
 * are linked to (in a private chat Telegram's chat id is the user's id, so one number serves both).
 *
 * @param post what the chat simulator shows beside the name
 */
public record DemoOfficer(String name, Role role, List<String> units, String post, long chatId) {

    public DemoOfficer {
        units = List.copyOf(units);
    }
}
