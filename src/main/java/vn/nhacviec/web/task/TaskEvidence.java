package vn.nhacviec.web.task;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.evidence.CompletionReview;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.store.CompletionReviews;
import vn.nhacviec.evidence.store.EvidenceKeeper;
import vn.nhacviec.web.work.WorkCards;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The task page's evidence and office reviews, formatted from the evidence package's own records. */
@Singleton
class TaskEvidence {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final EvidenceKeeper keeper;
    private final CompletionReviews reviews;
    private final RosterStore roster;

    TaskEvidence(EvidenceKeeper keeper, CompletionReviews reviews, RosterStore roster) {
        this.keeper = keeper;
        this.reviews = reviews;
        this.roster = roster;
    }

    List<TaskPage.EvidenceRow> evidence(long communeId, int code, List<AgendaItem> obligations, ZoneId zone) {
        Map<Long, String> names = names(communeId);
        Map<Long, AgendaItem> byDeadline = obligations.stream().collect(Collectors.toMap(AgendaItem::deadlineId, Function.identity(), (a, b) -> a));
        return keeper.ofTask(communeId, code).stream().filter(e -> e.state() != Evidence.State.REFUSED).map(e -> new TaskPage.EvidenceRow(
                e.id(), label(byDeadline.get(e.deadlineId())),
                e.kind() == Evidence.Kind.NUMBER ? (e.number().kind().isEmpty() ? "Văn bản" : e.number().kind()) : e.describe(),
                e.kind() == Evidence.Kind.NUMBER ? "Số văn bản" : e.type() == null ? "—" : e.type().extension().toUpperCase(Locale.ROOT),
                e.kind() == Evidence.Kind.FILE && e.size() > 0 ? size(e.size()) : "",
                e.sha256() == null ? "" : e.sha256().substring(0, 12),
                e.number() == null ? "" : e.number().shown(),
                AT.format(e.receivedAt().atZone(zone)), names.getOrDefault(e.officerId(), "#" + e.officerId()),
                e.kind() == Evidence.Kind.NUMBER ? "Đã ghi" : e.state() == Evidence.State.STORED ? "Đã lưu" : "Đang chờ lưu",
                e.isStoredFile() ? WorkCards.taskHref(communeId, code) + "/tai-lieu/" + e.id() : "")).toList();
    }

    List<TaskPage.Review> reviews(long communeId, List<AgendaItem> obligations, ZoneId zone) {
        Map<Long, String> names = names(communeId);
        List<TaskPage.Review> out = new ArrayList<>();
        for (AgendaItem item : obligations) {
            for (CompletionReview r : reviews.history(item.deadlineId())) {
                out.add(new TaskPage.Review(AT.format(r.decidedAt().atZone(zone)), label(item),
                        r.decision() == CompletionReview.Decision.ACCEPTED ? "Đã chấp nhận" : "Trả lại",
                        r.reason() == null ? "" : r.reason(), names.getOrDefault(r.decidedBy(), "#" + r.decidedBy())));
            }
        }
        return out;
    }

    private Map<Long, String> names(long communeId) {
        return roster.members(communeId).stream().collect(Collectors.toMap(m -> m.officer().id(), m -> m.officer().name(), (a, b) -> a));
    }

    private static String label(AgendaItem item) {
        return item == null || item.label() == null || item.label().isBlank() ? "—" : item.label().strip();
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
