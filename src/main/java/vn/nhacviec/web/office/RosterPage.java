package vn.nhacviec.web.office;

import java.util.List;

/**
 * The office's roster page: every officer, whether the bot can reach them and why not, the invites just
 * issued (link and QR code), the roles the visitor may give, and the quarters whose workbook can be downloaded.
 */
public record RosterPage(String commune, List<Member> members, List<Invite> invites, List<RoleChoice> roles,
                         List<String> problems, String notice, int year, int quarter) {

    /** One officer: reachable, or why not ("chưa liên kết Telegram", "đã chặn bot"). */
    public record Member(long id, String name, String role, String units, boolean reachable, String reason) {
    }

    /** A fresh invite to hand over: the officer, the t.me link (or /start command) and its QR code as SVG. */
    public record Invite(String name, String units, String code, String link, String qrSvg) {
    }

    public record RoleChoice(String value, String label) {
    }

    public RosterPage {
        members = List.copyOf(members);
        invites = List.copyOf(invites);
        roles = List.copyOf(roles);
        problems = List.copyOf(problems);
        notice = notice == null ? "" : notice;
    }

    public long unreachable() {
        return members.stream().filter(m -> !m.reachable()).count();
    }
}
