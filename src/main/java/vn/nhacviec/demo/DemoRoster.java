package vn.nhacviec.demo;

import vn.nhacviec.directory.Role;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The demo commune's People's Committee: the chairman, two vice-chairmen, the office and the
 * officers of the units the plan names, plus two units it does not (so the roster looks like a
 * real one). The chat ids are made up and far from real Telegram ids of this size class.
 */
public final class DemoRoster {

    /** The first of the made-up chat ids; the others follow. */
    static final long FIRST_CHAT = 990_000_001L;

    private static final List<DemoOfficer> OFFICERS = numbered(List.of(
            officer("Phạm Thị Hồng", Role.VICE_CHAIRMAN, List.of(), "Phó Chủ tịch UBND xã (văn hóa – xã hội)"),
            officer("Nguyễn Văn Hùng", Role.VICE_CHAIRMAN, List.of(), "Phó Chủ tịch UBND xã (kinh tế)"),
            officer("Đinh Văn Thành", Role.CHAIRMAN, List.of(), "Chủ tịch UBND xã"),
            officer("Lê Thị Mai", Role.OFFICE, List.of("VP-TK"), "Công chức Văn phòng – Thống kê"),
            officer("Trần Quốc Bảo", Role.OFFICER, List.of("VP-TK"), "Công chức Văn phòng – Thống kê"),
            officer("Võ Thị Lan", Role.OFFICER, List.of("TP-HT"), "Công chức Tư pháp – Hộ tịch"),
            officer("Đinh Thị Hoa", Role.OFFICER, List.of("TP-HT"), "Công chức Tư pháp – Hộ tịch"),
            officer("Huỳnh Văn Nam", Role.OFFICER, List.of("TC-KT"), "Công chức Tài chính – Kế toán"),
            officer("Phan Thị Thu", Role.OFFICER, List.of("VH-XH"), "Công chức Văn hóa – Xã hội"),
            officer("Đinh Văn Tuấn", Role.OFFICER, List.of("VH-XH"), "Công chức Văn hóa – Xã hội"),
            officer("Bùi Văn Dũng", Role.OFFICER, List.of("DC-XD"), "Công chức Địa chính – Xây dựng"),
            officer("Ngô Thị Kim", Role.OFFICER, List.of("MC"), "Bộ phận Một cửa")));

    private DemoRoster() {
    }

    /**
     * In the order they are added: the vice-chairmen before the chairman, so that adding them
     * announces no new leader to a chairman (the demo starts with a settled committee).
     */
    public static List<DemoOfficer> officers() {
        return OFFICERS;
    }

    /** The chairman, whom the printed sign-in link is for. */
    public static DemoOfficer chairman() {
        return OFFICERS.stream().filter(o -> o.role() == Role.CHAIRMAN).findFirst().orElseThrow();
    }

    private static DemoOfficer officer(String name, Role role, List<String> units, String post) {
        return new DemoOfficer(name, role, units, post, 0);
    }

    private static List<DemoOfficer> numbered(List<DemoOfficer> officers) {
        return IntStream.range(0, officers.size()).mapToObj(i -> {
            DemoOfficer o = officers.get(i);
            return new DemoOfficer(o.name(), o.role(), o.units(), o.post(), FIRST_CHAT + i);
        }).toList();
    }
}
