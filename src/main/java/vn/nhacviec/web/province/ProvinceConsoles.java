package vn.nhacviec.web.province;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.web.dashboard.CommuneDashboards;
import vn.nhacviec.web.dashboard.Figures;
import vn.nhacviec.web.store.ProvinceStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the province console: each commune's figures from its dashboard's count, ranked. */
@Singleton
public class ProvinceConsoles {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Comparator<Figures> BY_NAME = Comparator.comparing(f -> VietnameseText.fold(f.label()));
    /** Best first: highest completion rate, then fewest overdue, then name. */
    private static final Comparator<Figures> BY_RATE = Comparator.comparingInt(Figures::rate).reversed()
            .thenComparingInt(Figures::overdue).thenComparing(BY_NAME);
    private static final Map<String, Comparator<Figures>> ORDERS = Map.of(
            "ty-le", BY_RATE,
            "qua-han", Comparator.comparingInt(Figures::overdue).reversed().thenComparing(BY_NAME),
            "ten", BY_NAME,
            "dung-han", Comparator.comparingInt(Figures::doneOnTime).reversed().thenComparing(BY_NAME),
            "tre-han", Comparator.comparingInt(Figures::doneLate).reversed().thenComparing(BY_NAME),
            "trong-han", Comparator.comparingInt(Figures::openInTime).reversed().thenComparing(BY_NAME));

    private final ProvinceStore province;
    private final CommuneDashboards dashboards;
    private final Clock clock;

    ProvinceConsoles(ProvinceStore province, CommuneDashboards dashboards, Clock clock) {
        this.province = province;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    /** The province's communes, sorted by {@code sort} (an unknown key sorts by completion rate). */
    public ProvinceOverview of(String provinceName, String provinceKey, String sort) {
        String key = sort != null && ORDERS.containsKey(sort) ? sort : "ty-le";
        record Line(long communeId, Figures figures) {
        }
        List<Line> lines = new ArrayList<>();
        ProgressCounts total = ProgressCounts.ZERO;
        for (ProvinceStore.ProvinceCommune commune : province.communes(provinceKey)) {
            Figures figures = dashboards.figures(commune.communeId(), commune.name());
            lines.add(new Line(commune.communeId(), figures));
            total = total.plus(new ProgressCounts(figures.doneOnTime(), figures.doneLate(), figures.openInTime(), figures.overdue()));
        }
        Comparator<Figures> order = ORDERS.get(key);
        lines.sort((a, b) -> order.compare(a.figures(), b.figures()));
        List<ProvinceOverview.CommuneLine> ranked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ranked.add(new ProvinceOverview.CommuneLine(i + 1, lines.get(i).communeId(), lines.get(i).figures()));
        }
        return new ProvinceOverview(provinceName, DMY.format(LocalDate.now(clock)), ranked,
                Figures.of("Toàn tỉnh", total), key);
    }
}
