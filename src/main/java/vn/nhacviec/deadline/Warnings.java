package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The warnings shown to the office officer: Vietnamese, quoting the text they are about. */
final class Warnings {

    private static final int QUOTE_LIMIT = 120;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Warnings() {
    }

    static String emptyCell() {
        return "Ô thời gian để trống; cần người đặt ngày.";
    }

    static String unreadable(String text) {
        return "Không đọc được thời hạn từ " + quote(text) + "; cần người đặt ngày.";
    }

    static String clauseWithoutTime(String text) {
        return "Không đọc được thời hạn từ " + quote(text) + "; phần này không có ngày nhắc riêng.";
    }

    static String reportWithoutCalendar(String text) {
        return quote(text) + " là báo cáo định kỳ nhưng kế hoạch không nêu lịch báo cáo; cần người đặt ngày.";
    }

    static String outsidePlan(LocalDate date, String text, PlanPeriod period) {
        return "Bỏ ngày " + DAY.format(date) + " của " + quote(text) + " vì nằm ngoài "
                + (period.isSingleYear() ? "năm kế hoạch " : "giai đoạn kế hoạch ") + period.label() + ".";
    }

    static String nothingInPlan(String text, PlanPeriod period) {
        return "Không còn thời hạn nào trong " + (period.isSingleYear() ? "năm " : "giai đoạn ") + period.label()
                + " ở " + quote(text) + "; cần người đặt ngày.";
    }

    static String mixedCells(String text) {
        return quote(text) + " có vẻ lẫn chữ của ô khác; đã giữ mọi thời hạn tìm được, cần kiểm tra lại.";
    }

    static String tooLong(int kept) {
        return "Ô thời gian quá dài; chỉ đọc " + kept + " ký tự đầu.";
    }

    static String failed(String text) {
        return "Lỗi khi đọc thời hạn từ " + quote(text) + "; cần người đặt ngày.";
    }

    static String quote(String text) {
        String t = VietnameseText.tidy(text);
        if (t.length() > QUOTE_LIMIT) {
            t = t.substring(0, QUOTE_LIMIT - 1).strip() + "…";
        }
        return "\"" + t + "\"";
    }
}
