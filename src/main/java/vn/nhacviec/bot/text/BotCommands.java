package vn.nhacviec.bot.text;

import java.util.List;

/** The command menu for Telegram's setMyCommands. */
public final class BotCommands {

    /** One menu entry: the command without slash (lower case a–z, 0–9, _) and its Vietnamese description. */
    public record Command(String command, String description) {
    }

    private static final List<Command> LIST = List.of(
            new Command("viec", "Việc cần làm ngay: quá hạn, sắp đến hạn"),
            new Command("sapden", "Việc sắp đến hạn"),
            new Command("quahan", "Việc đã quá hạn"),
            new Command("thuongxuyen", "Việc thường xuyên"),
            new Command("tiendo", "Tiến độ thực hiện kế hoạch"),
            new Command("web", "Mở trang web (liên kết đăng nhập)"),
            new Command("huongdan", "Hướng dẫn sử dụng"),
            new Command("help", "Hướng dẫn sử dụng"),
            new Command("baocao", "Báo cáo kết quả thực hiện"));

    private BotCommands() {
    }

    public static List<Command> list() {
        return LIST;
    }
}
