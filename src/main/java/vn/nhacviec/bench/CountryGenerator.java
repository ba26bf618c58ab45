package vn.nhacviec.bench;

import vn.nhacviec.directory.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds one commune of a benchmark country at a time, the same for the same seed: a roster of
 * about fifteen (chairman, two vice-chairmen, the office, officers of the usual units, most
 * linked), and one plan whose tasks are one-off, quarterly, monthly, continuous and external
 * obligations spread over the year. Deadlines due before {@code today} are done 85 % of the time
 * (the rest are overdue), later ones 3 %; the first commune gets extra overdue tasks up to
 * {@link CountryShape#busyOverdue()}.
 */
public final class CountryGenerator {

    static final List<String> UNITS = List.of("VP-TK", "TP-HT", "TC-KT", "VH-XH", "DC-XD", "KT", "MC", "QS", "CA");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
        "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng",
        "Trang", "Trung", "Tú", "Tuấn", "Vân", "Yến"};
    private static final String[] VERBS = {"Rà soát, cập nhật", "Tổ chức thực hiện", "Tuyên truyền, phổ biến",
        "Kiểm tra, đánh giá", "Xây dựng và ban hành", "Tổng hợp, báo cáo", "Triển khai", "Thống kê, công bố"};
    private static final String[] OBJECTS = {"thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã",
        "kết quả thực hiện nhiệm vụ cải cách hành chính", "việc tiếp nhận và trả kết quả qua Bộ phận Một cửa",
        "chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
        "hồ sơ công việc và lưu trữ điện tử", "việc thực hiện dịch vụ công trực tuyến toàn trình",
        "kế hoạch kiểm tra công tác cải cách hành chính", "văn bản quy phạm pháp luật do xã ban hành"};
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final CountryShape shape;
    private final ZoneId zone;

    public CountryGenerator(CountryShape shape, ZoneId zone) {
        this.shape = shape;
        this.zone = zone;
    }

    public record Officer(String name, Role role, List<String> units, boolean linked, boolean unreachable) {
    }

    public record Deadline(String kind, String label, LocalDate due, boolean done, Instant doneAt) {
    }

    public record Task(int code, String section, String number, String content, List<String> leads,
                       List<String> coordinating, String deadlineText, List<Deadline> deadlines) {
    }

    public record Commune(int index, String name, String nameKey, List<Officer> officers, List<Task> tasks,
                          List<LocalDate> reportDates, List<String> reportLabels) {

        public long openDeadlines() {
            return tasks.stream().flatMap(t -> t.deadlines().stream()).filter(d -> !d.done()).count();
        }
    }

    /** Commune {@code index} (0-based) of the country. */
    public Commune commune(int index) {
        Random random = new Random(shape.seed() * 1_000_003L + index);
        String number = String.format("%04d", index + 1);
        List<Officer> officers = roster(random, CountryShape.share(shape.officers(), shape.communes(), index));
        List<Task> tasks = new ArrayList<>();
        int open = CountryShape.share(shape.openDeadlines(), shape.communes(), index);
        int code = 1;
        while (open > 0) {
            Task task = task(random, code, open);
            open -= (int) task.deadlines().stream().filter(d -> !d.done()).count();
            tasks.add(task);
            code++;
        }
        if (index == 0) {
            long overdue = tasks.stream().flatMap(t -> t.deadlines().stream())
                    .filter(d -> !d.done() && d.due() != null && d.due().isBefore(shape.today())).count();
            for (; overdue < shape.busyOverdue(); overdue++, code++) {
                LocalDate due = LocalDate.of(shape.year(), 1, 1).plusDays(random.nextInt(
                        Math.max(1, shape.today().getDayOfYear() - 1)));
                tasks.add(once(random, code, due, false));
            }
        }
        List<LocalDate> reports = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            reports.add(LocalDate.of(shape.year(), q * 3, 15));
            labels.add("Báo cáo CCHC quý " + ROMAN[q - 1]);
        }
        reports.add(LocalDate.of(shape.year(), 11, 25));
        labels.add("Báo cáo CCHC năm " + shape.year());
        return new Commune(index, "Xã Thử Nghiệm " + number, "xa thu nghiem " + number, officers, tasks, reports, labels);
    }

    private List<Officer> roster(Random random, int size) {
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Role role = i == 0 ? Role.CHAIRMAN : i <= 2 ? Role.VICE_CHAIRMAN : i == 3 ? Role.OFFICE : Role.OFFICER;
            List<String> units;
            if (role.leadsCommune()) {
                units = List.of();
            } else if (role == Role.OFFICE) {
                units = List.of("VP-TK");
            } else {
                String first = UNITS.get((i - 4) % UNITS.size());
                units = random.nextInt(5) == 0 ? List.of(first, UNITS.get(random.nextInt(UNITS.size()))).stream().distinct().toList()
                        : List.of(first);
            }
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            boolean linked = i == 0 || random.nextInt(100) < 92;
            officers.add(new Officer(name, role, units, linked, linked && random.nextInt(100) == 0));
        }
        return officers;
    }

    /** A task whose open deadlines do not exceed {@code room}. */
    private Task task(Random random, int code, int room) {
        int kind = random.nextInt(100);
        LocalDate year = LocalDate.of(shape.year(), 1, 1);
        if (kind < 45 || (kind < 90 && room < 12)) {
            return once(random, code, year.plusDays(random.nextInt(year.lengthOfYear())), true);
        }
        List<LocalDate> dates = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String text;
        if (kind < 65) {
            for (int q = 1; q <= 4; q++) {
                dates.add(LocalDate.of(shape.year(), q * 3, 15));
                labels.add("Quý " + ROMAN[q - 1] + " năm " + shape.year());
            }
            text = "Định kỳ hằng quý, trước ngày 15 tháng cuối quý";
        } else if (kind < 90) {
            for (int m = 1; m <= 12; m++) {
                dates.add(LocalDate.of(shape.year(), m, 25));
                labels.add("Tháng " + m + "/" + shape.year());
            }
            text = "Định kỳ hằng tháng, trước ngày 25";
        } else {
            boolean continuous = kind < 96;
            String label = continuous ? "Thường xuyên trong năm" : "Theo văn bản của UBND tỉnh";
            return new Task(code, section(code), number(code), content(random), leads(random), coordinating(random), label,
                    List.of(new Deadline(continuous ? "CONTINUOUS" : "EXTERNAL", label, null, false, null)));
        }
        List<Deadline> deadlines = new ArrayList<>();
        int open = 0;
        for (int i = 0; i < dates.size(); i++) {
            Deadline d = dated(random, "RECURRING", labels.get(i), dates.get(i), true);
            if (!d.done() && ++open > room) {
                d = new Deadline(d.kind(), d.label(), d.due(), true, doneAt(random, d.due()));
            }
            deadlines.add(d);
        }
        return new Task(code, section(code), number(code), content(random), leads(random), coordinating(random), text, deadlines);
    }

    private Task once(Random random, int code, LocalDate due, boolean mayBeDone) {
        String label = "Chậm nhất là ngày " + String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        return new Task(code, section(code), number(code), content(random), leads(random), coordinating(random), label,
                List.of(dated(random, "ONCE", label, due, mayBeDone)));
    }

    private Deadline dated(Random random, String kind, String label, LocalDate due, boolean mayBeDone) {
        boolean past = due.isBefore(shape.today());
        boolean done = mayBeDone && random.nextInt(100) < (past ? 85 : 3);
        return new Deadline(kind, label, due, done, done ? doneAt(random, due) : null);
    }

    /** Done a few days either side of the due date, never after today. */
    private Instant doneAt(Random random, LocalDate due) {
        LocalDate day = due.plusDays(random.nextInt(9) - 6);
        if (!day.isBefore(shape.today())) {
            day = shape.today().minusDays(1);
        }
        return day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(zone).toInstant();
    }

    private static List<String> leads(Random random) {
        int r = random.nextInt(100);
        if (r < 5) {
            return List.of("ALL");
        }
        String first = UNITS.get(random.nextInt(UNITS.size()));
        return r < 25 ? List.of(first, UNITS.get(random.nextInt(UNITS.size()))).stream().distinct().toList() : List.of(first);
    }

    private static List<String> coordinating(Random random) {
        return random.nextBoolean() ? List.of("ALL") : List.of(UNITS.get(random.nextInt(UNITS.size())));
    }

    private String content(Random random) {
        return VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                + " năm " + shape.year() + " theo Kế hoạch cải cách hành chính của UBND xã";
    }

    private static String section(int code) {
        return ROMAN[Math.min(3, (code - 1) / 40)];
    }

    private static String number(int code) {
        return String.valueOf((code - 1) % 40 + 1);
    }
}
