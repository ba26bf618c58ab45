package vn.nhacviec.testsupport.telegram;

/** One entry of setMyCommands. */
public record CommandEntry(String command, String description) {
}
