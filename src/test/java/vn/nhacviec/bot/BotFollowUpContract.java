package vn.nhacviec.bot;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.store.ExtensionRequestStore;
import vn.nhacviec.coordination.store.PartStore;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.followup.Explanation;
import vn.nhacviec.followup.store.ExplanationStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.reminder.DailyPlan;
import vn.nhacviec.reminder.DigestLine;
import vn.nhacviec.reminder.SectionKind;
import vn.nhacviec.bot.store.BotMessageStore;
import vn.nhacviec.reminder.outbox.OutboxDispatcher;
import vn.nhacviec.reminder.scan.DailyScan;
import vn.nhacviec.testsupport.LiveBot;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.Button;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.SentMessage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-up through the real TelegramBots client and the Bot API stand-in (H2 and MariaDB): the chairman
 * asks why an overdue item is late and gets the officer's answer; an unanswered question enters the
 * chairman's digest after two working days; a coordinating unit reports its part and the lead sees it;
 * a delegate gets the officer's digest and "xong" rights during the leave, and not after.
 * The service's day is Monday 08/04/2024; the leave test runs last, as it moves Tư's units for the week.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BotFollowUpContract {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long TU = 6001;      // Tư pháp – Hộ tịch
    static final long VAN = 6002;     // Văn hóa – Xã hội
    static final long CT = 6003;      // chairman
    static final long PHONG = 6004;   // office, Văn phòng – Thống kê
    static final long PCT = 6005;     // vice-chairman

    LiveBot bot;
    FakeTelegram telegram;
    ApplicationContext context;
    RosterStore roster;
    long communeId;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        bot = LiveBot.start(database(), "2024-04-08T09:00:00+07:00", Map.of());
        telegram = bot.telegram();
        telegram.enforceRateLimits(false);
        context = bot.context();
        PlanSource source = PlanFile.fromBytes(Seeds.SON_KY_2024, Seeds.bytes(Seeds.SON_KY_2024));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
        context.getBean(PlanStore.class).save(plan, source, "test");
        roster = context.getBean(RosterStore.class);
        bot.link(TU, roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        bot.link(VAN, roster.add("Sơn Kỳ", "Hà Thị Văn", List.of("VH-XH"), Role.OFFICER, "test").inviteCode(), WAIT);
        bot.link(CT, roster.add("Sơn Kỳ", "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode(), WAIT);
        bot.link(PHONG, roster.add("Sơn Kỳ", "Lê Văn Phòng", List.of("VP-TK"), Role.OFFICE, "test").inviteCode(), WAIT);
        bot.link(PCT, roster.add("Sơn Kỳ", "Lê Thị Phó", List.of(), Role.VICE_CHAIRMAN, "test").inviteCode(), WAIT);
        communeId = context.getBean(CommuneStore.class).require("Sơn Kỳ").id();
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    // ---- asking why ------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void theChairmanAsksWhyAnOverdueItemIsLateAndGetsTheOfficersAnswer() {
        AgendaItem item = askWhy("TP-HT", 0);
        SentMessage question = remembered(lastTo(TU, "Yêu cầu giải trình"));
        assertTrue(question.plainText().contains("Yêu cầu giải trình") && question.plainText().contains("#" + item.taskCode()),
                question.plainText());

        int ct = telegram.sentTo(CT).size();
        int pct = telegram.sentTo(PCT).size();
        String thanks = reply(TU, question, "Chờ hồ sơ của Sở Tư pháp, đề xuất hoàn thành 30/04/2024");
        assertTrue(thanks.contains("Đã gửi giải trình tới Đinh Văn Chủ"), thanks);
        List<SentMessage> toChairman = telegram.awaitMessages(CT, ct + 2, WAIT).subList(ct, ct + 2);
        SentMessage answer = toChairman.stream().filter(m -> m.plainText().contains("Giải trình")).findFirst().orElseThrow();
        assertTrue(answer.plainText().contains("Nguyễn Văn Tư") && answer.plainText().contains("Chờ hồ sơ của Sở Tư pháp"),
                answer.plainText());
        assertTrue(answer.plainText().contains("30/04/2024"), answer.plainText());
        // the proposed date became an extension request, decided as any other
        SentMessage request = toChairman.stream().filter(m -> !m.buttons().isEmpty()).findFirst().orElseThrow();
        assertTrue(request.button("✔️ Đồng ý").callbackData().startsWith("a:"), request.toString());
        telegram.awaitNextMessage(PCT, pct, WAIT);
        Explanation stored = explanations().ofCommune(communeId).stream().filter(e -> e.deadlineId() == item.deadlineId())
                .findFirst().orElseThrow();
        assertTrue(stored.isAnswered());
        assertEquals(LocalDate.of(2024, 4, 30), stored.proposedDue());

        String again = reply(TU, question, "Bổ sung: đã nhận hồ sơ");
        assertTrue(again.contains("đã được trả lời"), again);
    }

    @Test
    @Order(2)
    void onlyLeadersAskAndOnlyOnOverdueItems() {
        AgendaItem overdue = overdueItem("TP-HT", 1);
        String officer = pressCrafted(TU, "w:" + overdue.deadlineId());
        assertTrue(officer.contains("Chủ tịch"), officer);
        AgendaItem notYet = agenda().open(communeId).stream().filter(i -> i.due() != null && !i.isOverdue(LocalDate.of(2024, 4, 8)))
                .findFirst().orElseThrow();
        String early = pressCrafted(CT, "w:" + notYet.deadlineId());
        assertTrue(early.contains("chưa quá hạn"), early);
        assertTrue(explanations().waitingFor(notYet.deadlineId()).isEmpty());
    }

    @Test
    @Order(3)
    void anUnansweredQuestionEntersTheChairmansDigestAfterTwoWorkingDaysUntilAnswered() {
        AgendaItem item = askWhy("VP-TK", 0);
        String press = pressCrafted(PCT, "w:" + item.deadlineId());
        assertTrue(press.contains("đang chờ trả lời"), "one question waits per item: " + press);
        DailyScan scan = context.getBean(DailyScan.class);
        assertFalse(chased(scan.decide(LocalDate.of(2024, 4, 9)), item), "Tuesday: one working day, not yet");
        assertTrue(chased(scan.decide(LocalDate.of(2024, 4, 10)), item), "Wednesday: two working days");

        LocalDate day = LocalDate.of(2024, 4, 24);
        int ct = telegram.sentTo(CT).size();
        assertTrue(scan.run(day).ran());
        drain();
        String digest = telegram.sentTo(CT).subList(ct, telegram.sentTo(CT).size()).stream().map(SentMessage::plainText)
                .filter(t -> t.contains("Yêu cầu giải trình chưa được trả lời")).findFirst().orElseThrow();
        assertTrue(digest.contains("#" + item.taskCode()) && digest.contains("Đinh Văn Chủ"), digest);

        reply(PHONG, remembered(lastTo(PHONG, "Yêu cầu giải trình")), "Đang chờ số liệu của các thôn");
        assertFalse(chased(scan.decide(LocalDate.of(2024, 4, 25)), item), "answered: no longer chased");
    }

    // ---- coordinated tasks -----------------------------------------------------------------------------------

    @Test
    @Order(4)
    void aCoordinatingUnitReportsItsPartAndTheLeadSeesIt() {
        // an item led by Tư pháp (first) with a part for another unit; its part officer is linked for the test
        AgendaItem item = agenda().open(communeId).stream()
                .filter(i -> i.due() != null && !i.leadUnits().isEmpty() && i.leadUnits().get(0).equals("TP-HT")
                        && !i.partUnits().isEmpty())
                .filter(i -> agenda().openOfTask(communeId, i.taskCode()).stream().filter(o -> o.due() != null)
                        .findFirst().map(o -> o.deadlineId() == i.deadlineId()).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("the seed has a coordinated Tư pháp task"));
        String part = item.partUnits().get(0);
        long partUser = 6010;
        bot.link(partUser, roster.add("Sơn Kỳ", "Vũ Văn Phối", List.of(part), Role.OFFICER, "test").inviteCode(), WAIT);

        String list = say(partUser, "/phoihop");
        assertTrue(list.contains("#" + item.taskCode()), list);

        int tu = telegram.sentTo(TU).size();
        int ct = telegram.sentTo(CT).size();
        String reported = say(partUser, "xong phần #" + item.taskCode());
        assertTrue(reported.contains("Đã ghi nhận") && reported.contains("vẫn mở"), reported);
        String notice = telegram.awaitNextMessage(TU, tu, WAIT).plainText();
        assertTrue(notice.contains("Vũ Văn Phối") && notice.contains("#" + item.taskCode()) && notice.contains("✅"), notice);
        assertTrue(telegram.awaitNextMessage(CT, ct, WAIT).plainText().contains("báo xong phần"), "the chairman hears it");
        assertEquals(DeadlineStatus.OPEN, agenda().item(item.deadlineId()).orElseThrow().status(), "the lead closes it, not a part");
        assertEquals(1, context.getBean(PartStore.class).of(item.deadlineId()).size());

        String again = pressCrafted(partUser, "h:" + item.deadlineId());
        assertTrue(again.contains("đã được báo xong trước đó"), again);

        int before = telegram.sentTo(TU).size();
        telegram.userSends(TU, "/viec");
        List<SentMessage> work = telegram.awaitMessages(TU, before + 2, WAIT).subList(before, before + 2);
        assertTrue(work.get(1).plainText().contains("Phần phối hợp") && work.get(1).plainText().contains("#" + item.taskCode()),
                work.get(1).plainText());

        String stranger = pressCrafted(PHONG, "h:" + item.deadlineId());
        assertFalse(stranger.contains("Đã ghi nhận"), "a unit without a part in it reports nothing: " + stranger);
    }

    @Test
    @Order(5)
    void aCoordinatingUnitsOfficerGetsThePartInTheDigestPressesItsButtonAndIsNotRemindedOfItAgain() {
        // a coordinated item whose lead has a linked officer here, its part not reported yet (the seed's parts are
        // "các bộ phận chuyên môn phối hợp", kept as the unit ALL; the part officer holds it, as in the test above)
        Map<String, Long> leads = Map.of("TP-HT", TU, "VH-XH", VAN, "VP-TK", PHONG);
        PartStore partStore = context.getBean(PartStore.class);
        AgendaItem item = agenda().open(communeId).stream()
                .filter(i -> i.due() != null && !i.leadUnits().isEmpty() && leads.containsKey(i.leadUnits().get(0))
                        && !i.partUnits().isEmpty() && partStore.of(i.deadlineId()).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the seed has a coordinated item of a linked lead"));
        String part = item.partUnits().get(0);
        long lead = leads.get(item.leadUnits().get(0));
        long hopUser = 6030;
        bot.link(hopUser, roster.add("Sơn Kỳ", "Phan Văn Hợp", List.of(part), Role.OFFICER, "test").inviteCode(), WAIT);
        long hop = officerId("Phan Văn Hợp");
        DailyScan scan = context.getBean(DailyScan.class);

        // a scan day (after the days the other tests run) on which the item is reminded: its part is in Hợp's digest
        LocalDate first = firstDay(LocalDate.of(2024, 4, 25), LocalDate.of(2024, 12, 31),
                d -> hasPart(scan.decide(d), hop, item));
        assertTrue(scan.decide(first).digestFor(hop).orElseThrow().lines(SectionKind.OFFICER_DAILY).stream()
                .noneMatch(l -> l.deadlineId() == item.deadlineId()), "a part is not one of Hợp's own items");
        int sent = telegram.sentTo(hopUser).size();
        assertTrue(scan.run(first).ran());
        drain();
        List<SentMessage> digest = telegram.awaitMessages(hopUser, sent + 1, WAIT).subList(sent, telegram.sentTo(hopUser).size());
        SentMessage withPart = digest.stream().filter(m -> m.plainText().contains("Việc đơn vị bạn phối hợp")).findFirst()
                .orElseThrow(() -> new AssertionError("no part section on " + first + ": " + digest));
        assertTrue(withPart.plainText().contains("#" + item.taskCode()), withPart.plainText());
        Button press = withPart.buttons().stream().filter(b -> b.callbackData().equals("h:" + item.deadlineId())).findFirst()
                .orElseThrow(() -> new AssertionError(withPart.toString()));
        assertTrue(press.text().startsWith("🧩 Xong phần của"), press.text());

        // the next scan that reminds the item would carry the part again, until it is reported
        LocalDate next = firstDay(first.plusDays(1), first.plusDays(30), d -> hasPart(scan.decide(d), hop, item));

        int leadBefore = telegram.sentTo(lead).size();
        int ct = telegram.sentTo(CT).size();
        int before = telegram.sentTo(hopUser).size();
        telegram.userPresses(hopUser, withPart.messageId(), press.callbackData());
        String reported = telegram.awaitNextMessage(hopUser, before, WAIT).plainText();
        assertTrue(reported.contains("Đã ghi nhận") && reported.contains("#" + item.taskCode()), reported);
        assertEquals(List.of(part), partStore.of(item.deadlineId()).stream().map(r -> r.unit()).toList(), "the part is recorded");
        String unitName = UnitCatalog.defaults().byCode(part).map(vn.nhacviec.directory.Unit::name).orElse(part);
        String notice = telegram.awaitNextMessage(lead, leadBefore, WAIT).plainText();
        assertTrue(notice.contains("Phan Văn Hợp") && notice.contains(unitName + " ✅"), notice);
        assertTrue(telegram.awaitNextMessage(CT, ct, WAIT).plainText().contains(unitName + " ✅"), "the chairman sees it");
        // the lead's own list says which parts are in
        int work = telegram.sentTo(lead).size();
        telegram.userSends(lead, "/viec");
        String parts = telegram.awaitMessages(lead, work + 2, WAIT).subList(work, work + 2).stream().map(SentMessage::plainText)
                .filter(t -> t.contains("Phần phối hợp")).findFirst().orElseThrow();
        assertTrue(parts.contains("#" + item.taskCode()) && parts.contains(unitName + " ✅"), parts);

        // the next day's digest no longer carries it
        assertFalse(hasPart(scan.decide(next), hop, item), "reported: no part reminder on " + next);
        int nextSent = telegram.sentTo(hopUser).size();
        assertTrue(scan.run(next).ran());
        drain();
        assertTrue(telegram.sentTo(hopUser).subList(nextSent, telegram.sentTo(hopUser).size()).stream()
                .noneMatch(m -> m.plainText().contains("#" + item.taskCode())
                        || m.buttons().stream().anyMatch(b -> b.callbackData().equals("h:" + item.deadlineId()))),
                "nothing about the part on " + next);
        assertEquals(DeadlineStatus.OPEN, agenda().item(item.deadlineId()).orElseThrow().status(), "the lead closes it");
    }

    private static boolean hasPart(DailyPlan plan, long officerId, AgendaItem item) {
        return plan.digestFor(officerId).map(d -> d.lines(SectionKind.OFFICER_PARTS).stream()
                .anyMatch(l -> l.deadlineId() == item.deadlineId())).orElse(false);
    }

    // ---- leave and handover ----------------------------------------------------------------------------------

    @Test
    @Order(10)
    void aDelegateGetsTheOfficersDigestAndXongRightsDuringTheLeaveAndNotAfter() {
        SentMessage guide = pressLess(TU, "/nghiphep");
        Matcher van = Pattern.compile("(\\d+)\\. Hà Thị Văn").matcher(guide.plainText());
        assertTrue(van.find(), guide.plainText());
        int ct = telegram.sentTo(CT).size();
        String filed = reply(TU, guide, van.group(1) + " 08/04/2024 12/04/2024 nghỉ phép");
        assertTrue(filed.contains("Đã gửi đề nghị") && filed.contains("Hà Thị Văn"), filed);
        SentMessage request = telegram.awaitNextMessage(CT, ct, WAIT);
        assertNotNull(request.button("✔️ Đồng ý"), request.toString());
        assertNotNull(lastTo(PHONG, "Đề nghị bàn giao việc").button("✔️ Đồng ý"), "the office may decide too");

        String own = pressCrafted(TU, request.button("✔️ Đồng ý").callbackData());
        assertTrue(own.contains("Chủ tịch hoặc Văn phòng") || own.contains("chính mình"), own);

        int van0 = telegram.sentTo(VAN).size();
        int before = telegram.sentTo(CT).size();
        telegram.userPresses(CT, request.messageId(), request.button("✔️ Đồng ý").callbackData());
        assertTrue(telegram.awaitNextMessage(CT, before, WAIT).plainText().contains("đã duyệt"));
        assertTrue(telegram.awaitNextMessage(VAN, van0, WAIT).plainText().contains("nhận tin nhắc và báo xong thay"));

        // today is within the leave: Văn may mark Tư pháp's items done, Tư may not
        AgendaItem tuItem = overdueItem("TP-HT", 2);
        String refused = say(TU, "xong #" + tuItem.taskCode());
        assertFalse(refused.contains("Đã ghi nhận hoàn thành"), refused);
        assertEquals(DeadlineStatus.OPEN, agenda().item(tuItem.deadlineId()).orElseThrow().status());
        say(VAN, "xong #" + tuItem.taskCode());
        assertEquals(DeadlineStatus.DONE, agenda().item(agenda().item(tuItem.deadlineId()).orElseThrow().deadlineId())
                .orElseThrow().status(), "the delegate's xong counts");

        DailyScan scan = context.getBean(DailyScan.class);
        long tuId = officerId("Nguyễn Văn Tư");
        long vanId = officerId("Hà Thị Văn");
        // during the leave: a day Tư pháp's items are reminded goes to Văn, Tư gets nothing
        LocalDate during = firstDay(LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 12),
                d -> tuPhapCodes(scan.decide(d), vanId).isPresent());
        DailyPlan duringPlan = scan.decide(during);
        assertTrue(duringPlan.digestFor(tuId).isEmpty(), "the officer on leave gets no digest");
        int code = tuPhapCodes(duringPlan, vanId).orElseThrow();
        int tu0 = telegram.sentTo(TU).size();
        int van1 = telegram.sentTo(VAN).size();
        assertTrue(scan.run(during).ran());
        drain();
        assertTrue(telegram.sentTo(VAN).subList(van1, telegram.sentTo(VAN).size()).stream()
                .anyMatch(m -> m.plainText().contains("#" + code)), "the delegate's digest carries Tư pháp's #" + code);
        assertEquals(tu0, telegram.sentTo(TU).size(), "nothing for Tư on " + during);

        // after the leave: back to Tư, not to Văn
        LocalDate after = firstDay(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 4, 19),
                d -> tuPhapCodes(scan.decide(d), tuId).isPresent());
        int afterCode = tuPhapCodes(scan.decide(after), tuId).orElseThrow();
        assertTrue(tuPhapCodes(scan.decide(after), vanId).isEmpty(), "Văn no longer gets Tư pháp's items");
        int tu1 = telegram.sentTo(TU).size();
        int van2 = telegram.sentTo(VAN).size();
        assertTrue(scan.run(after).ran());
        drain();
        assertTrue(telegram.sentTo(TU).subList(tu1, telegram.sentTo(TU).size()).stream()
                .anyMatch(m -> m.plainText().contains("#" + afterCode)), "Tư's digest is back");
        assertTrue(telegram.sentTo(VAN).subList(van2, telegram.sentTo(VAN).size()).stream()
                .noneMatch(m -> m.plainText().contains("#" + afterCode)), "and not Văn's");
    }

    @Test
    @Order(11)
    void theOfficeHandsALeavingOfficersUnitsOverForGood() {
        long leaving = 6020;
        bot.link(leaving, roster.add("Sơn Kỳ", "Đỗ Văn Đi", List.of("DC-XD"), Role.OFFICER, "test").inviteCode(), WAIT);
        String refused = say(VAN, "/bangiao");
        assertTrue(refused.contains("Chủ tịch hoặc Văn phòng"), refused);
        SentMessage guide = pressLess(PHONG, "/bangiao");
        Matcher from = Pattern.compile("(\\d+)\\. Đỗ Văn Đi").matcher(guide.plainText());
        Matcher to = Pattern.compile("(\\d+)\\. Hà Thị Văn").matcher(guide.plainText());
        assertTrue(from.find() && to.find(), guide.plainText());
        int van0 = telegram.sentTo(VAN).size();
        String done = reply(PHONG, guide, from.group(1) + " " + to.group(1));
        assertTrue(done.contains("Đã chuyển hẳn"), done);
        assertTrue(telegram.awaitNextMessage(VAN, van0, WAIT).plainText().contains("phụ trách thêm"));
        List<String> units = roster.members(communeId).stream().filter(m -> m.officer().name().equals("Hà Thị Văn"))
                .findFirst().orElseThrow().officer().units();
        assertTrue(units.contains("DC-XD") && units.contains("VH-XH"), units.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The chairman opens /quahan and presses ❓ on the nth task led by {@code unit}; returns the item asked about. */
    private AgendaItem askWhy(String unit, int nth) {
        int before = telegram.sentTo(CT).size();
        telegram.userSends(CT, "/quahan");
        SentMessage list = telegram.awaitNextMessage(CT, before, WAIT);
        List<Button> asks = list.buttons().stream().filter(b -> b.text().startsWith("❓ Yêu cầu giải trình")).toList();
        assertFalse(asks.isEmpty(), list.toString());
        Button chosen = asks.stream().filter(b -> agenda().item(Long.parseLong(b.callbackData().substring(2)))
                        .map(i -> !i.leadUnits().isEmpty() && i.leadUnits().get(0).equals(unit)).orElse(false))
                .skip(nth).findFirst().orElseThrow(() -> new AssertionError("no ❓ for " + unit + " on the first page"));
        AgendaItem item = agenda().item(Long.parseLong(chosen.callbackData().substring(2))).orElseThrow();
        int sent = telegram.sentTo(CT).size();
        telegram.userPresses(CT, list.messageId(), chosen.callbackData());
        String answer = telegram.awaitNextMessage(CT, sent, WAIT).plainText();
        assertTrue(answer.contains("Đã gửi yêu cầu giải trình"), answer);
        return item;
    }

    private boolean chased(DailyPlan plan, AgendaItem item) {
        long ct = officerId("Đinh Văn Chủ");
        return plan.digestFor(ct).map(d -> d.lines(SectionKind.LEADER_EXPLANATIONS).stream()
                .anyMatch(l -> l instanceof DigestLine.Unexplained u && u.item().deadlineId() == item.deadlineId())).orElse(false);
    }

    /** A task code of a Tư pháp item in the officer's own-items section that day, if any. */
    private Optional<Integer> tuPhapCodes(DailyPlan plan, long officerId) {
        return plan.digestFor(officerId).flatMap(d -> d.lines(SectionKind.OFFICER_DAILY).stream()
                .filter(l -> l instanceof DigestLine.Deadline).map(l -> ((DigestLine.Deadline) l).item())
                .filter(i -> i.leadUnits().contains("TP-HT") && !i.leadUnits().contains("VH-XH"))
                .map(AgendaItem::taskCode).findFirst());
    }

    private static LocalDate firstDay(LocalDate from, LocalDate to, java.util.function.Predicate<LocalDate> ok) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (ok.test(d)) {
                return d;
            }
        }
        throw new AssertionError("no day between " + from + " and " + to);
    }

    private AgendaItem overdueItem(String unit, int nth) {
        return agenda().open(communeId).stream().filter(i -> i.isOverdue(LocalDate.of(2024, 4, 8))
                        && i.leadUnits().equals(List.of(unit)) && explanations().waitingFor(i.deadlineId()).isEmpty())
                .skip(nth).findFirst().orElseThrow();
    }

    private long officerId(String name) {
        return roster.members(communeId).stream().filter(m -> m.officer().name().equals(name)).findFirst().orElseThrow()
                .officer().id();
    }

    private void drain() {
        OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
        for (int i = 0; i < 3; i++) {
            dispatcher.drain(Duration.ofSeconds(5));
        }
    }

    private AgendaStore agenda() {
        return context.getBean(AgendaStore.class);
    }

    private ExplanationStore explanations() {
        return context.getBean(ExplanationStore.class);
    }

    private SentMessage lastTo(long user) {
        List<SentMessage> sent = telegram.sentTo(user);
        return sent.get(sent.size() - 1);
    }

    private SentMessage lastTo(long user, String containing) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            List<SentMessage> sent = telegram.sentTo(user);
            for (int i = sent.size() - 1; i >= 0; i--) {
                if (sent.get(i).plainText().contains(containing)) {
                    return sent.get(i);
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("nothing containing " + containing + " for " + user);
    }

    /**
     * Waits until the bot has written down what it sent (the sender records it once Telegram has answered):
     * an officer's reply to the message is read against that record, and a test replies faster than a person.
     */
    private SentMessage remembered(SentMessage message) {
        BotMessageStore store = context.getBean(BotMessageStore.class);
        long until = System.nanoTime() + WAIT.toNanos();
        while (store.find(message.chatId(), message.messageId()).isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the bot did not record its message " + message.messageId());
            }
            Thread.onSpinWait();
        }
        return message;
    }

    private SentMessage pressLess(long user, String text) {
        int before = telegram.sentTo(user).size();
        telegram.userSends(user, text);
        return telegram.awaitNextMessage(user, before, WAIT);
    }

    private String say(long user, String text) {
        return pressLess(user, text).plainText();
    }

    private String reply(long user, SentMessage to, String text) {
        int before = telegram.sentTo(user).size();
        telegram.userReplies(user, to.messageId(), text);
        return telegram.awaitNextMessage(user, before, WAIT).plainText();
    }

    private String pressCrafted(long user, String data) {
        int before = telegram.sentTo(user).size();
        telegram.userPressesCrafted(user, telegram.sentTo(user).get(0).messageId(), data);
        return telegram.awaitNextMessage(user, before, WAIT).plainText();
    }
}
