package vn.nhacviec.directory;

import vn.nhacviec.deadline.VietnameseText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a roster file as the office keeps it: an Excel workbook (.xlsx/.xls) or CSV (UTF-8, with
 * or without byte-order mark, separated by {@code ,} or {@code ;}), recognised by its bytes. The
 * header row names the columns in English or Vietnamese, in any order: commune/xã, name/họ và
 * tên, units/bộ phận, role/chức vụ; other columns are ignored. Several units in one cell are
 * separated by {@code ;} or {@code ,}; an empty role is an officer.
 *
 * <p>A bad line is reported with its row number as the spreadsheet shows it; the good lines are
 * still returned. Nothing here throws for a bad file: a file that cannot be read at all is one
 * problem on line 0.
 */
public final class RosterFile {

    /** A roster is a few dozen lines; anything this large is not one. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Why a line (or the whole file, line 0) was refused.
     *
     * @param lineNumber the spreadsheet row (1-based, as Excel shows it); 0 for the whole file
     * @param message    English, for operators on the command line
     * @param messageVi  Vietnamese with diacritics, for the office officer in the bot
     */
    public record Problem(int lineNumber, String message, String messageVi) {

        /** True when the file as a whole could not be read (no line was). */
        public boolean wholeFile() {
            return lineNumber == 0;
        }
    }

    /**
     * @param isRoster true when the file is a sheet whose header names a roster's columns (even if
     *                 every line was refused): a file sent to the bot is then a roster, not a plan,
     *                 whose task table has no "name" column
     */
    public record Reading(List<RosterLine> lines, List<Problem> problems, boolean isRoster) {

        public Reading {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        /** Not a roster at all: the file is unreadable as a sheet, or has no roster header. */
        static Reading notARoster(Problem problem) {
            return new Reading(List.of(), List.of(problem), false);
        }
    }

    private RosterFile() {
    }

    /** CSV text with a header row that names the commune column (the command line's old form). */
    public static Reading read(String text) {
        try {
            return read(RosterRows.csv(text), null);
        } catch (RosterRows.Unreadable e) {
            return Reading.notARoster(e.problem());
        }
    }

    /**
     * A roster file as it was sent.
     *
     * @param fileName       the file's name, only for messages
     * @param defaultCommune the commune of every line (the sender's), or null: the file then needs
     *                       a commune column. When given, the commune column may be left out or
     *                       left empty, and a line naming another commune is refused.
     */
    public static Reading read(String fileName, byte[] bytes, String defaultCommune) {
        String name = fileName == null || fileName.isBlank() ? "roster" : fileName.strip();
        String commune = defaultCommune == null || defaultCommune.isBlank() ? null : VietnameseText.tidy(defaultCommune);
        try {
            return read(RosterRows.read(name, bytes == null ? new byte[0] : bytes), commune);
        } catch (RosterRows.Unreadable e) {
            return Reading.notARoster(e.problem());
        }
    }

    private static Reading read(RosterRows.Table table, String commune) {
        RosterHeader header = table.header();
        if (header == null) {
            return Reading.notARoster(new Problem(1, "no header row: expected the columns commune, name, units, role "
                    + "(or xã, họ và tên, bộ phận, chức vụ), in any order",
                    "Không tìm thấy dòng tiêu đề: cần các cột Họ và tên, Bộ phận, Chức vụ (và Xã), thứ tự tùy ý."));
        }
        if (header.commune() < 0 && commune == null) {
            return refused(new Problem(header.row() + 1, "no commune column: add one (commune or xã) or give the commune "
                    + "(--commune NAME)", "Thiếu cột Xã: hãy thêm cột Xã và ghi tên xã ở từng dòng."));
        }
        List<RosterLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<List<String>> rows = table.rows();
        for (int r = header.row() + 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            int lineNumber = r + 1;
            Cells line = new Cells(cell(cells, header.commune()), cell(cells, header.name()), cell(cells, header.units()),
                    cell(cells, header.role()));
            if (line.isBlank() || RosterHeader.of(r, cells).isPresent()) {
                continue; // a blank line, a pre-numbered empty line, or the header repeated on a new page
            }
            problem(lineNumber, line, commune).ifPresentOrElse(problems::add,
                    () -> lines.add(toLine(lineNumber, line, commune)));
        }
        return new Reading(lines, problems, true);
    }

    private record Cells(String commune, String name, String units, String role) {

        /** Only an STT number or a pre-filled commune: nothing to add. */
        boolean isBlank() {
            return name.isBlank() && units.isBlank() && role.isBlank();
        }

        List<String> unitList() {
            return Arrays.stream(units.split("[;,\\n]+")).map(VietnameseText::tidy).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** The first thing wrong with a line, in the order a person would fix them; empty when it is good. */
    private static Optional<Problem> problem(int lineNumber, Cells cells, String commune) {
        String name = VietnameseText.tidy(cells.name());
        if (name.isEmpty()) {
            return Optional.of(new Problem(lineNumber, "name is empty", "Thiếu họ và tên."));
        }
        Optional<Role> role = Role.parse(cells.role());
        if (role.isEmpty()) {
            return Optional.of(new Problem(lineNumber, "unknown role '" + cells.role() + "' (allowed: " + Role.allowed() + ")",
                    "Không hiểu chức vụ \"" + cells.role() + "\" của " + name + "; ghi một trong: " + titles() + "."));
        }
        if (commune == null && cells.commune().isBlank()) {
            return Optional.of(new Problem(lineNumber, "commune is empty", "Thiếu tên xã của " + name + "."));
        }
        if (commune != null && !cells.commune().isBlank() && !CommuneName.same(cells.commune(), commune)) {
            return Optional.of(new Problem(lineNumber, name + " is listed in commune '" + cells.commune() + "', not "
                    + commune + "; each commune sends its own roster",
                    name + " ghi là cán bộ xã \"" + cells.commune() + "\", không phải xã " + commune
                            + "; mỗi xã chỉ nạp danh sách cán bộ của xã mình."));
        }
        if (cells.unitList().isEmpty() && !role.get().leadsCommune()) {
            return Optional.of(new Problem(lineNumber, name + " (" + role.get().option() + ") needs at least one unit",
                    name + " (" + role.get().title() + ") chưa có bộ phận; ghi mã hoặc tên bộ phận, ví dụ TP-HT "
                            + "hoặc Tư pháp – Hộ tịch."));
        }
        return Optional.empty();
    }

    private static RosterLine toLine(int lineNumber, Cells cells, String commune) {
        return new RosterLine(lineNumber, commune != null ? commune : VietnameseText.tidy(cells.commune()),
                VietnameseText.tidy(cells.name()), cells.unitList(), Role.parse(cells.role()).orElseThrow());
    }

    private static String titles() {
        return String.join("; ", Arrays.stream(Role.values()).map(Role::title).toList());
    }

    private static Reading refused(Problem problem) {
        return new Reading(List.of(), List.of(problem), true);
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }
}
