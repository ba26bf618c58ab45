package vn.nhacviec.web.province;

import vn.nhacviec.web.dashboard.Figures;

import java.util.List;

/**
 * The province console's data: every commune of the province with its four figures and completion rate
 * (the quarterly report of today's quarter, as of today), in the order asked for.
 *
 * @param sort the sort key shown as current ("ty-le", "qua-han", "ten", ...)
 */
public record ProvinceOverview(String province, String asOf, List<CommuneLine> communes, Figures total, String sort) {

    /** One commune: its id (for the drill-down) and figures; {@code rank} by the current order, from 1. */
    public record CommuneLine(int rank, long communeId, Figures figures) {
    }

    /** The sortable columns: key, header. */
    public static final List<List<String>> COLUMNS = List.of(List.of("ten", "Xã"), List.of("dung-han", "Xong đúng hạn"),
            List.of("tre-han", "Xong trễ hạn"), List.of("trong-han", "Trong hạn"), List.of("qua-han", "Quá hạn"),
            List.of("ty-le", "Tỷ lệ hoàn thành"));
}
