package vn.nhacviec.web.task;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.StreamedFile;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.store.EvidenceKeeper;
import java.io.IOException;
import java.io.InputStream;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.history.HistoryEvent;
import vn.nhacviec.history.TaskSheet;
import vn.nhacviec.history.store.TaskSheetStore;
import vn.nhacviec.web.Chrome;
import vn.nhacviec.web.Visitor;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebRefusal;
import vn.nhacviec.web.WebSession;
import vn.nhacviec.web.work.WorkCards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * "/xa/{commune}/nhiem-vu/{code}": one task as the plan states it, its obligations, who answers for it and
 * its history. Officers of the commune see it (the bot's SEE rule); the province's staff read it; anyone
 * else gets 404.
 */
@Controller("/xa/{communeId}/nhiem-vu")
@ExecuteOn(TaskExecutors.BLOCKING)
class TaskController {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final WebAccess access;
    private final TaskSheetStore sheets;
    private final WorkCards cards;
    private final Clock clock;
    private final TaskEvidence evidence;
    private final EvidenceKeeper keeper;

    TaskController(WebAccess access, TaskSheetStore sheets, WorkCards cards, Clock clock, TaskEvidence evidence,
                   EvidenceKeeper keeper) {
        this.evidence = evidence;
        this.keeper = keeper;
        this.access = access;
        this.sheets = sheets;
        this.cards = cards;
        this.clock = clock;
    }

    @Get("/{code}")
    ModelAndView<?> task(WebSession session, @PathVariable long communeId, @PathVariable int code) {
        TaskSheet sheet = readable(session, communeId, code);
        boolean binder = session.officer().map(Visitor.Officer::seesDashboard).orElse(false);
        return new ModelAndView<>("task/page", Map.of("chrome", Chrome.of(session, "Nhiệm vụ " + sheet.title(),
                WorkCards.taskHref(communeId, code)), "page", view(communeId, code, sheet, binder)));
    }

    /** A stored evidence file of the task, streamed from the file store; whoever may see the task may have it. */
    @Get("/{code}/tai-lieu/{evidenceId}")
    HttpResponse<StreamedFile> file(WebSession session, @PathVariable long communeId, @PathVariable int code,
                                    @PathVariable long evidenceId) throws IOException {
        TaskSheet sheet = readable(session, communeId, code);
        Evidence kept = keeper.ofTask(communeId, code).stream().filter(e -> e.id() == evidenceId && e.isStoredFile())
                .findFirst().orElseThrow(WebRefusal::notFound);
        if (sheet.obligations().stream().noneMatch(i -> i.deadlineId() == kept.deadlineId())) {
            throw WebRefusal.notFound();
        }
        InputStream in = keeper.files().open(kept.storageKey());
        String name = "nhiem-vu-" + code + "-" + kept.id() + "." + kept.type().extension();
        return HttpResponse.ok(new StreamedFile(in, MediaType.of(kept.type().contentType())).attach(name));
    }

    private TaskSheet readable(WebSession session, long communeId, int code) {
        if (session.visitor() instanceof Visitor.Officer officer) {
            if (officer.communeId() != communeId) {
                throw WebRefusal.notFound();
            }
        } else {
            access.readCommune(session, communeId);
        }
        TaskSheet sheet = sheets.find(communeId, code).orElseThrow(WebRefusal::notFound);
        for (AgendaItem item : sheet.obligations()) {
            if (session.visitor() instanceof Visitor.Officer) {
                access.deadline(session, DeadlineAccess.Action.SEE, item);
            }
        }
        return sheet;
    }

    private TaskPage view(long communeId, int code, TaskSheet sheet, boolean binder) {
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        var rows = sheet.obligations().stream().map(i -> new TaskPage.Row(name(i),
                i.due() == null ? "không có ngày cụ thể" : WorkCards.DATE.format(i.due()), state(i, today, clock.getZone()), css(i, today, clock.getZone()),
                i.doneAt() == null ? "" : AT.format(i.doneAt().atZone(clock.getZone()))
                        + (i.doneBy() == null ? "" : " – " + vn.nhacviec.history.TaskHistory.person(i.doneBy()))
                        + (i.note() == null || i.note().isBlank() ? "" : " – " + i.note()))).toList();
        var history = sheet.history().stream().map(e -> new TaskPage.Event(AT.format(e.at().atZone(clock.getZone())),
                e.kind().label(), e.who(), e.due() == null ? "" : WorkCards.DATE.format(e.due()), e.detail())).toList();
        return new TaskPage(sheet.title(), sheet.content(), sheet.product(), cards.unitNames(sheet.leadUnits()),
                sheet.coordinatingUnits().isEmpty() ? "" : cards.unitNames(sheet.coordinatingUnits()), sheet.deadlineText(),
                rows, sheet.responsible().stream().map(o -> o.name() + (o.linked() ? "" : " (chưa liên kết Telegram)")).toList(),
                history, evidence.evidence(communeId, code, sheet.obligations(), clock.getZone()),
                evidence.reviews(communeId, sheet.obligations(), clock.getZone()),
                binder ? "/xa/" + communeId + "/ho-so-kiem-chung?nam=" + today.getYear() : "");
    }

    private static String name(AgendaItem item) {
        return item.label() == null || item.label().isBlank() ? "—" : item.label().strip();
    }

    private static String state(AgendaItem item, LocalDate today, java.time.ZoneId zone) {
        if (item.status() == DeadlineStatus.DONE) {
            return item.due() != null && item.doneAt() != null && item.doneAt().atZone(zone).toLocalDate()
                    .isAfter(item.due()) ? "Đã xong (trễ hạn)" : "Đã xong";
        }
        return item.isOverdue(today) ? "Quá hạn " + (-item.daysLeft(today)) + " ngày" : "Đang thực hiện";
    }

    private static String css(AgendaItem item, LocalDate today, java.time.ZoneId zone) {
        if (item.status() == DeadlineStatus.DONE) {
            return state(item, today, zone).contains("trễ") ? "done-late" : "done-on-time";
        }
        return item.isOverdue(today) ? "overdue" : "in-progress";
    }
}
