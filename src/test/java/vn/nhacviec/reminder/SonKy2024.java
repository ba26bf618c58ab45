package vn.nhacviec.reminder;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.Role;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A plan shaped like seed 000 (Sơn Kỳ 2024) and a commune roster, built in code. */
final class SonKy2024 {

    static final long COMMUNE = 1;
    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final ReportingCalendar CALENDAR = new ReportingCalendar(List.of(
            new ReportDate(LocalDate.parse("2024-03-05"), "Báo cáo quý I"),
            new ReportDate(LocalDate.parse("2024-06-05"), "Báo cáo 6 tháng"),
            new ReportDate(LocalDate.parse("2024-09-05"), "Báo cáo 9 tháng"),
            new ReportDate(LocalDate.parse("2024-11-30"), "Báo cáo năm")));

    // deadline ids
    static final long FEB20 = 101;      // VP-TK
    static final long MAR01 = 102;      // TP-HT, done on 2024-03-07
    static final long MAR31_VH = 103;   // VH-XH
    static final long MAR31_TC = 104;   // TC-KT
    static final long MAR31_DC_MC = 105; // DC-XD + MC
    static final long MAR31_ALL = 106;  // ALL
    static final long MAY06 = 107;      // MC, around 30/4–1/5
    static final long SEP30 = 108;      // CA
    static final long DEC31 = 109;      // QS
    static final long CONTINUOUS = 120; // VH-XH, "Thường xuyên"
    static final long EXTERNAL = 130;   // MC, "Theo kế hoạch của UBND huyện"
    static final long RECURRING_FIRST = 140; // TP-HT, the four report dates: 140..143

    static final LocalDate MAR01_DONE_ON = LocalDate.parse("2024-03-07");

    // officers
    static final long CHAIRMAN = 1, VICE = 2, OFFICE = 3, TP_HT = 4, VH_XH = 5, TC_KT = 6, DC_XD = 7, MC = 8, CA = 9, QS = 10;

    private SonKy2024() {
    }

    static List<Recipient> roster() {
        return List.of(
                officer(CHAIRMAN, "Nguyễn Văn Chủ", Role.CHAIRMAN, List.of(), true),
                officer(VICE, "Trần Thị Phó", Role.VICE_CHAIRMAN, List.of(), true),
                officer(OFFICE, "Lê Văn Phòng", Role.OFFICE, List.of("VP-TK"), true),
                officer(TP_HT, "Phạm Tư Pháp", Role.OFFICER, List.of("TP-HT"), true),
                officer(VH_XH, "Hoàng Văn Hóa", Role.OFFICER, List.of("VH-XH"), true),
                officer(TC_KT, "Vũ Tài Chính", Role.OFFICER, List.of("TC-KT"), true),
                officer(DC_XD, "Đỗ Địa Chính", Role.OFFICER, List.of("DC-XD"), false),
                officer(MC, "Bùi Một Cửa", Role.OFFICER, List.of("MC"), true),
                officer(CA, "Đặng Công An", Role.OFFICER, List.of("CA"), true),
                officer(QS, "Ngô Quân Sự", Role.OFFICER, List.of("QS"), true));
    }

    static Recipient officer(long id, String name, Role role, List<String> units, boolean reachable) {
        return new Recipient(id, COMMUNE, name, role, units, reachable);
    }

    /** The agenda as the scan of {@code date} reads it: MAR01 is DONE from the day after it was done. */
    static List<AgendaItem> agendaOn(LocalDate date) {
        List<AgendaItem> items = new ArrayList<>(List.of(
                dated(FEB20, 1, "I.01", "2024-02-20", "VP-TK"),
                MAR01_DONE_ON.isBefore(date)
                        ? done(dated(MAR01, 2, "I.02", "2024-03-01", "TP-HT"), MAR01_DONE_ON)
                        : dated(MAR01, 2, "I.02", "2024-03-01", "TP-HT"),
                dated(MAR31_VH, 3, "I.03", "2024-03-31", "VH-XH"),
                dated(MAR31_TC, 4, "I.04", "2024-03-31", "TC-KT"),
                dated(MAR31_DC_MC, 5, "I.05", "2024-03-31", "DC-XD", "MC"),
                dated(MAR31_ALL, 6, "I.06", "2024-03-31", "ALL"),
                dated(MAY06, 7, "II.01", "2024-05-06", "MC"),
                dated(SEP30, 8, "II.02", "2024-09-30", "CA"),
                dated(DEC31, 9, "II.03", "2024-12-31", "QS"),
                item(CONTINUOUS, 10, "III.01", MilestoneKind.CONTINUOUS, null, "VH-XH"),
                item(EXTERNAL, 11, "III.02", MilestoneKind.EXTERNAL, null, "MC")));
        for (int i = 0; i < CALENDAR.dates().size(); i++) {
            items.add(item(RECURRING_FIRST + i, 12, "III.03", MilestoneKind.RECURRING,
                    CALENDAR.dates().get(i), "TP-HT"));
        }
        return items;
    }

    static ReportingCalendars calendars() {
        return ReportingCalendars.of(COMMUNE, CALENDAR);
    }

    static AgendaItem dated(long id, int code, String numbering, String due, String... units) {
        return item(id, code, numbering, MilestoneKind.ONCE, LocalDate.parse(due), units);
    }

    static AgendaItem item(long id, int code, String numbering, MilestoneKind kind, LocalDate due, String... units) {
        return new AgendaItem(id, COMMUNE, code, numbering, "Nhiệm vụ " + numbering, kind, "", due,
                DeadlineStatus.OPEN, List.of(units), null, null, null);
    }

    static AgendaItem done(AgendaItem item, LocalDate on) {
        return new AgendaItem(item.deadlineId(), item.communeId(), item.taskCode(), item.numbering(), item.title(),
                item.kind(), item.label(), item.due(), DeadlineStatus.DONE, item.leadUnits(),
                on.atTime(15, 0).atZone(HCM).toInstant(), "cli:test", null);
    }

    static Map<Long, LocalDate> noSnooze() {
        return Map.of();
    }
}
