package vn.nhacviec.plan.text;

import java.util.List;

/**
 * One task of a plan, as raw cell texts. Nothing is interpreted here: dates stay text for the deadline
 * parser, unit names stay text for the unit resolver.
 *
 * @param section          the section the row sits in ("II" for a roman heading, "3" for a criteria field)
 * @param number           the row number as printed ("04", "1a")
 * @param content          the task itself
 * @param product          the expected product, "" when the plan has none
 * @param leadText         who leads (chủ trì / thực hiện)
 * @param coordinatingText who helps (phối hợp)
 * @param timeText         the time cell; list items are separated by "\n" so the deadline parser sees them
 * @param notes            remarks (Ghi chú, Yêu cầu…)
 * @param warnings         what could not be understood, in Vietnamese, quoting the text
 * @param line             1-based line of the text where the row starts
 */
public record TaskRow(String section, String number, String content, String product, String leadText,
                      String coordinatingText, String timeText, String notes, List<String> warnings, int line) {

    public TaskRow {
        section = orEmpty(section);
        number = orEmpty(number);
        content = orEmpty(content);
        product = orEmpty(product);
        leadText = orEmpty(leadText);
        coordinatingText = orEmpty(coordinatingText);
        timeText = orEmpty(timeText);
        notes = orEmpty(notes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
