package vn.nhacviec.directory;

import vn.nhacviec.deadline.VietnameseText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an officer may do: the office loads plans and keeps the roster; leaders see the whole commune. */
public enum Role {
    OFFICER("officer", "Cán bộ, công chức", List.of("officer", "can bo", "cong chuc", "can bo cong chuc")),
    VICE_CHAIRMAN("vice-chairman", "Phó Chủ tịch", List.of("vice-chairman", "vice chairman", "vicechairman", "pho chu tich", "pct")),
    CHAIRMAN("chairman", "Chủ tịch", List.of("chairman", "chu tich", "ct")),
    OFFICE("office", "Văn phòng – Thống kê", List.of("office", "van phong", "van phong thong ke", "vp-tk", "vptk"));

    private final String option;
    private final String title;
    private final List<String> spellings;

    Role(String option, String title, List<String> spellings) {
        this.option = option;
        this.title = title;
        this.spellings = spellings;
    }

    /** The spelling used on the command line and in roster files. */
    public String option() {
        return option;
    }

    /** Vietnamese title shown to users. */
    public String title() {
        return title;
    }

    /** True for the chairman and vice-chairmen, who see and act on the whole commune. */
    public boolean leadsCommune() {
        return this == CHAIRMAN || this == VICE_CHAIRMAN;
    }

    /**
     * Whether this role may give {@code role} to someone: roles above officer (vice-chairman,
     * chairman) only the chairman gives (the operator on the command line always may).
     */
    public boolean grants(Role role) {
        return !role.leadsCommune() || this == CHAIRMAN;
    }

    /** The quarterly report (/baocao) goes to the leaders and to the office, who sends it to the province (Sở Nội vụ). */
    public boolean receivesQuarterlyReport() {
        return leadsCommune() || this == OFFICE;
    }

    /** The office and the chairman load plans and rosters (by command or by sending the file to the bot). */
    public boolean loadsPlans() {
        return this == OFFICE || this == CHAIRMAN;
    }

    public static Optional<Role> parse(String text) {
        String folded = VietnameseText.fold(text).replace('_', '-');
        if (folded.isEmpty()) {
            return Optional.of(OFFICER);
        }
        Optional<Role> exact = Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(folded.replace('-', '_')) || r.spellings.contains(folded))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // Roster sheets write titles as documents do: "Chủ tịch UBND xã", "Cán bộ, công chức",
        // "Văn phòng – Thống kê"; punctuation and a trailing "UBND xã …" do not count.
        String words = words(folded.replaceFirst("\\s+(ubnd|uy ban nhan dan)\\b.*$", "").replaceFirst("\\s+xa$", ""));
        return Arrays.stream(values())
                .filter(r -> words.equals(words(VietnameseText.fold(r.title)))
                        || r.spellings.stream().anyMatch(s -> words.equals(words(s))))
                .findFirst();
    }

    private static String words(String folded) {
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    public static String allowed() {
        return "officer, vice-chairman, chairman, office";
    }
}
