package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Reads commune, year, title and number from the first page. Only the lines before the title are
 * searched for the number and the place, because the preamble right after the title cites other
 * plans ("Thực hiện Kế hoạch số 14/KH-UBND…") whose numbers are not this plan's.
 */
final class PlanHeaderReader {

    private static final int HEAD_LINES = 80;
    private static final Pattern NUMBER = Pattern.compile("(?:(\\d{1,4}[a-zA-Z]?)\\s*)?/\\s*(KH[-–][\\p{L}\\-–]{1,20})");
    private static final Pattern PLACE_DATE = Pattern.compile("([\\p{L}][\\p{L} ]{0,60}?)\\s*,\\s*ng\\S{1,3}y(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern COMMUNE_IN_TEXT = Pattern.compile("(?:^|\\s)(?:[xX][ãaÃA]|XÃ)\\s+(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,3})");

    PlanHeader read(List<String> lines) {
        int titleAt = findTitleLine(lines);
        int headEnd = titleAt >= 0 ? titleAt : Math.min(lines.size(), 15);
        String title = titleAt >= 0 ? readTitle(lines, titleAt) : null;
        String number = readNumber(lines, headEnd);
        String commune = readCommune(lines, headEnd, title);
        Integer year = readYear(lines, headEnd, title);
        return new PlanHeader(commune, year, title, number);
    }

    private static int findTitleLine(List<String> lines) {
        int limit = Math.min(lines.size(), HEAD_LINES);
        for (int i = 0; i < limit; i++) {
            String f = VietnameseText.fold(CellText.clean(lines.get(i)));
            if (f.equals("ke hoach") || (f.startsWith("ke hoach ") && !f.contains(" so ") && f.length() < 160
                    && !f.contains("/kh"))) {
                return i;
            }
        }
        return -1;
    }

    private static String readTitle(List<String> lines, int at) {
        String first = CellText.clean(lines.get(at));
        String word = first.length() >= 8 ? first.substring(0, 8) : first;
        String prefix = word.isEmpty() ? "Kế hoạch"
                : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        String rest = first.length() > 8 ? first.substring(8).trim() : "";
        if (!rest.isEmpty()) {
            parts.add(rest);
        } else {
            int i = at + 1;
            while (i < lines.size() && Lines.isBlank(lines.get(i))) {
                i++;
            }
            while (i < lines.size() && !Lines.isBlank(lines.get(i)) && parts.size() < 4) {
                parts.add(CellText.clean(lines.get(i)));
                i++;
            }
        }
        String joined = CellText.join(parts);
        return joined.isEmpty() ? null : prefix + " " + joined;
    }

    private static String readNumber(List<String> lines, int headEnd) {
        for (int i = 0; i < headEnd; i++) {
            String s = CellText.clean(lines.get(i));
            Matcher m = NUMBER.matcher(s);
            if (m.find()) {
                String digits = m.group(1);
                if (digits == null || digits.isEmpty()) {
                    return null;
                }
                return digits + "/" + m.group(2).replace('–', '-').toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String readCommune(List<String> lines, int headEnd, String title) {
        for (int i = 0; i < headEnd; i++) {
            String s = CellText.clean(lines.get(i));
            Matcher m = PLACE_DATE.matcher(s);
            if (m.find()) {
                String place = trailingName(m.group(1));
                if (place != null) {
                    return place;
                }
            }
        }
        if (title != null) {
            Matcher m = COMMUNE_IN_TEXT.matcher(title);
            if (m.find()) {
                return titleCase(m.group(1));
            }
        }
        for (int i = 0; i < headEnd; i++) {
            Matcher m = COMMUNE_IN_TEXT.matcher(CellText.clean(lines.get(i)));
            if (m.find()) {
                return titleCase(m.group(1));
            }
        }
        return null;
    }

    /** The place is the run of capitalised words right before ", ngày"; "UBND" before it is not part of it. */
    private static String trailingName(String text) {
        String[] words = CellText.tidy(text).split(" ");
        List<String> name = new ArrayList<>();
        for (int i = words.length - 1; i >= 0 && name.size() < 4; i--) {
            String w = words[i];
            if (isTitleCaseWord(w)) {
                name.add(0, w);
            } else {
                break;
            }
        }
        if (name.isEmpty()) {
            for (int i = words.length - 1; i >= 0 && name.size() < 3; i--) {
                String w = words[i];
                if (!w.isEmpty() && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT))) {
                    name.add(0, w);
                } else {
                    break;
                }
            }
            return name.isEmpty() ? null : titleCase(String.join(" ", name));
        }
        return String.join(" ", name);
    }

    private static boolean isTitleCaseWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : CellText.tidy(s).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** The year the plan is for: the last year in the title ("…năm 2023 và nhiệm vụ… năm 2024" is for 2024). */
    private static Integer readYear(List<String> lines, int headEnd, String title) {
        Integer year = lastYear(title);
        if (year != null) {
            return year;
        }
        for (int i = 0; i < headEnd; i++) {
            year = lastYear(CellText.clean(lines.get(i)));
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    private static Integer lastYear(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = YEAR.matcher(s);
        Integer last = null;
        while (m.find()) {
            last = Integer.valueOf(m.group(1));
        }
        return last;
    }
}
