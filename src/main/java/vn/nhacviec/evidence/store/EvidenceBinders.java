package vn.nhacviec.evidence.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.evidence.BinderTask;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.EvidenceBinder;
import vn.nhacviec.store.Jdbc;
import vn.nhacviec.system.NhacViecProperties;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The evidence binder of a commune's plan of one year, for the command line, the bot and the web
 * (who may have it is the caller's check: the chairman, the vice-chairmen and the office).
 */
@Singleton
public class EvidenceBinders {

    private final Jdbc jdbc;
    private final EvidenceStore store;
    private final EvidenceBinder binder;

    public EvidenceBinders(JdbcOperations jdbc, EvidenceStore store, EvidenceKeeper keeper, NhacViecProperties properties) {
        this.jdbc = new Jdbc(jdbc);
        this.store = store;
        this.binder = new EvidenceBinder(keeper.files(), properties.getZone());
    }

    /** The plan a binder is made of: the latest plan of that commune and year. */
    public record PlanRef(long id, String commune, int year, String title) {
    }

    @Transactional
    public Optional<PlanRef> plan(long communeId, int year) {
        return jdbc.one("SELECT p.id, c.name, p.plan_year, p.title FROM plan p JOIN commune c ON c.id = p.commune_id "
                        + "WHERE p.commune_id = ? AND p.plan_year = ? ORDER BY p.id DESC",
                rs -> new PlanRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)), communeId, year);
    }

    @Transactional
    public Optional<PlanRef> plan(String commune, int year) {
        return jdbc.one("SELECT c.id FROM commune c WHERE c.name = ?", rs -> rs.getLong(1), commune)
                .flatMap(id -> plan(id, year));
    }

    /** The plan's tasks in plan order, each with its kept evidence. */
    @Transactional
    public List<BinderTask> tasks(long planId) {
        Map<Long, List<Evidence>> byDeadline = store.keptOfPlan(planId).stream()
                .collect(Collectors.groupingBy(Evidence::deadlineId));
        Map<Integer, List<Long>> deadlines = jdbc.list("SELECT t.code, d.id FROM deadline d JOIN task t ON t.id = d.task_id "
                        + "WHERE t.plan_id = ? ORDER BY d.id", rs -> Map.entry(rs.getInt(1), rs.getLong(2)), planId).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.list("SELECT code, section, task_number, content, product FROM task WHERE plan_id = ? AND removed_at IS NULL "
                + "ORDER BY sort_order, code", rs -> {
            int code = rs.getInt(1);
            String section = rs.getString(2);
            String number = rs.getString(3);
            String numbering = section.isEmpty() || number.startsWith(section) ? number : section + "." + number;
            List<Evidence> evidence = deadlines.getOrDefault(code, List.of()).stream()
                    .flatMap(d -> byDeadline.getOrDefault(d, List.of()).stream()).toList();
            return new BinderTask(code, section, numbering, rs.getString(4), rs.getString(5), evidence);
        }, planId);
    }

    /** Streams the binder of {@code plan} to {@code out}. */
    public void write(PlanRef plan, OutputStream out) throws IOException {
        binder.write("Hồ sơ tài liệu kiểm chứng CCHC năm " + plan.year() + " – " + plan.commune() + " – " + plan.title(),
                tasks(plan.id()), out);
    }

    public static String fileName(PlanRef plan) {
        return EvidenceBinder.defaultFileName(plan.commune(), plan.year());
    }
}
