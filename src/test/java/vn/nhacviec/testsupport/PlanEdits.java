package vn.nhacviec.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits an office makes to seed 000 (Sơn Kỳ 2024, rows numbered 01…37 across sections) when it
 * revises its plan: a row inserted, a row deleted, rows renumbered.
 */
public final class PlanEdits {

    private static final Pattern ROW = Pattern.compile("^(\\d{2})\t");

    /** A task that is not in seed 000, numbered 01, with a date of its own. */
    public static final String NEW_ROW = "01\tTổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024 "
            + "cho toàn thể cán bộ, công chức xã.\tHội nghị được tổ chức.\tVăn phòng – thống kê xã\tCác bộ phận CM có liên quan"
            + "\tChậm nhất là ngày 15/3/2024.\t";

    private PlanEdits() {
    }

    /** Every row number from {@code from} on shifted by {@code by}, printed with two digits. */
    public static String renumbered(String text, int from, int by) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher m = ROW.matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) >= from) {
                line = String.format("%02d", Integer.parseInt(m.group(1)) + by) + line.substring(2);
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** {@link #NEW_ROW} inserted as the first row of section I, every other row renumbered. */
    public static String withRowAtTopOfSectionOne(String text) {
        String shifted = renumbered(text, 1, 1);
        int header = shifted.indexOf("<b>I. Cải cách thể chế</b>");
        if (header < 0) {
            throw new IllegalArgumentException("not seed 000: no section I header");
        }
        int lineEnd = shifted.indexOf('\n', header);
        return shifted.substring(0, lineEnd + 1) + NEW_ROW + "\n" + shifted.substring(lineEnd + 1);
    }

    /** Row {@code number} deleted and the rows below renumbered. */
    public static String withoutRow(String text, int number) {
        String row = String.format("%02d", number);
        return renumbered(text.replaceAll("(?m)^" + row + "\t.*\n", ""), number + 1, -1);
    }
}
