package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.report.QuarterlyReport;
import vn.nhacviec.report.store.QuarterlyReports;

import java.util.List;

/** /baocao: the chairman, vice-chairmen and the office get the current quarter's report as an .xlsx file. */
@Singleton
class ReportHandler {

    private final QuarterlyReports reports;

    ReportHandler(QuarterlyReports reports) {
        this.reports = reports;
    }

    List<Outgoing> handle(Turn turn) {
        if (!turn.officer().role().receivesQuarterlyReport()) {
            return Answers.text(turn.incoming(), new Reply("Báo cáo quý dành cho Chủ tịch, Phó Chủ tịch và Văn phòng – Thống kê. "
                    + "Đồng chí gõ /tiendo để xem tiến độ của bộ phận mình."));
        }
        int quarter = (turn.today().getMonthValue() - 1) / 3 + 1;
        QuarterlyReport report = reports.report(turn.officer().officer().commune(), quarter, turn.today().getYear());
        String name = QuarterlyReport.defaultFileName(report.commune(), quarter, report.year());
        return List.of(new Outgoing.Document(turn.incoming().chatId(), name, report.bytes(),
                "Báo cáo kết quả thực hiện Kế hoạch CCHC quý " + quarter + "/" + report.year()));
    }
}
