package vn.nhacviec.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the lines of one scan into one digest per officer. Lines for an officer who cannot be
 * reached are kept aside for the office desk; lines nobody answers for likewise.
 */
final class DigestAssembler {

    private final LocalDate date;
    private final ReportingCalendars calendars;
    private final Map<Long, Recipient> recipients = new LinkedHashMap<>();
    private final Map<Long, Map<SectionKind, Set<DigestLine>>> lines = new LinkedHashMap<>();
    private final Map<Long, Map<Long, Set<DigestLine>>> missedByCommune = new LinkedHashMap<>();
    private final Map<Long, Map<Long, Recipient>> unreachableByCommune = new LinkedHashMap<>();
    private final Map<Long, Set<DigestLine>> unassignedByCommune = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    DigestAssembler(LocalDate date) {
        this(date, ReportingCalendars.none());
    }

    DigestAssembler(LocalDate date, ReportingCalendars calendars) {
        this.date = date;
        this.calendars = calendars;
    }

    /** Gives {@code line} to each of {@code to}; when {@code to} is empty it goes to the office as unassigned. */
    void deliver(long communeId, SectionKind kind, DigestLine line, Collection<Recipient> to) {
        if (to.isEmpty()) {
            unassignedByCommune.computeIfAbsent(communeId, c -> new LinkedHashSet<>()).add(new DigestLine.Unassigned(line));
            return;
        }
        for (Recipient r : to) {
            if (r.reachable()) {
                add(r, kind, line);
            } else {
                unreachableByCommune.computeIfAbsent(communeId, c -> new LinkedHashMap<>()).put(r.officerId(), r);
                missedByCommune.computeIfAbsent(communeId, c -> new LinkedHashMap<>())
                        .computeIfAbsent(r.officerId(), o -> new LinkedHashSet<>()).add(line);
            }
        }
    }

    /**
     * Makes sure each reachable recipient's digest has a {@code kind} section, even with no line: the
     * weekly summary is sent every week, "nothing to report" being news too.
     */
    void open(SectionKind kind, Collection<Recipient> to) {
        to.stream().filter(Recipient::reachable).forEach(r -> {
            recipients.putIfAbsent(r.officerId(), r);
            lines.computeIfAbsent(r.officerId(), o -> new EnumMap<>(SectionKind.class))
                    .computeIfAbsent(kind, k -> new LinkedHashSet<>());
        });
    }

    /** Gives {@code line} to reachable recipients only, telling nobody about the others (catch-up lines). */
    void deliverQuietly(SectionKind kind, DigestLine line, Collection<Recipient> to) {
        to.stream().filter(Recipient::reachable).forEach(r -> add(r, kind, line));
    }

    /** Adds the OFFICE_UNREACHABLE sections for one commune to its office desk. */
    void reportUnreachable(long communeId, List<Recipient> desk) {
        List<DigestLine> report = new ArrayList<>();
        Map<Long, Recipient> people = unreachableByCommune.getOrDefault(communeId, Map.of());
        missedByCommune.getOrDefault(communeId, Map.of()).forEach((officerId, missed) ->
                report.add(new DigestLine.Unreachable(people.get(officerId), sorted(SectionKind.OFFICER_DAILY, missed))));
        report.addAll(unassignedByCommune.getOrDefault(communeId, Set.of()));
        if (report.isEmpty()) {
            return;
        }
        if (desk.isEmpty()) {
            warnings.add("commune " + communeId + ": nobody at the office desk can be reached; " + report.size()
                    + " unreachable officers / unassigned items are not reported on " + date);
            return;
        }
        desk.forEach(r -> report.forEach(line -> add(r, SectionKind.OFFICE_UNREACHABLE, line)));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    DailyPlan build() {
        List<Digest> digests = new ArrayList<>();
        lines.forEach((officerId, sections) -> {
            List<Digest.Section> parts = new ArrayList<>();
            sections.forEach((kind, set) -> parts.add(new Digest.Section(kind, sorted(kind, set))));
            Recipient recipient = recipients.get(officerId);
            digests.add(new Digest(recipient, date, parts, calendars.forCommune(recipient.communeId())));
        });
        digests.sort(Comparator.comparingLong((Digest d) -> d.recipient().communeId())
                .thenComparingLong(d -> d.recipient().officerId()));
        return new DailyPlan(date, digests, warnings);
    }

    private void add(Recipient r, SectionKind kind, DigestLine line) {
        recipients.putIfAbsent(r.officerId(), r);
        lines.computeIfAbsent(r.officerId(), o -> new EnumMap<>(SectionKind.class))
                .computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(line);
    }

    /**
     * Soonest first; the leaders' overdue list by unit first; the weekly summary done, then overdue,
     * then upcoming; the unreachable section by officer, unassigned items last.
     */
    private static List<DigestLine> sorted(SectionKind kind, Collection<DigestLine> lines) {
        Comparator<DigestLine> order = Comparator.comparingInt(DigestAssembler::typeRank);
        if (kind == SectionKind.LEADER_OVERDUE || kind == SectionKind.CHAIRMAN_WEEKLY) {
            order = order.thenComparing(l -> l instanceof DigestLine.Overdue o ? o.unit() : "");
        }
        if (kind == SectionKind.OFFICE_UNREACHABLE) {
            order = order.thenComparing(l -> l instanceof DigestLine.Unreachable u ? u.officer().name() : "")
                    .thenComparingLong(l -> l instanceof DigestLine.Unreachable u ? u.officer().officerId() : 0);
        }
        order = order.thenComparing(DigestLine::sortDate).thenComparingLong(DigestLine::deadlineId)
                .thenComparing(l -> l instanceof DigestLine.Report r ? r.report().label() : "");
        return lines.stream().sorted(order).toList();
    }

    /** Position of a line type in a section (Java 17: no pattern switch over the sealed lines). */
    private static int typeRank(DigestLine line) {
        List<Class<?>> order = List.of(DigestLine.Deadline.class, DigestLine.Standing.class, DigestLine.Done.class, DigestLine.Overdue.class,
                DigestLine.Upcoming.class, DigestLine.Undated.class, DigestLine.Unreachable.class,
                DigestLine.Unassigned.class);
        if (line instanceof DigestLine.Report || line instanceof DigestLine.Progress) {
            return 0; // an officer's own items are one list, soonest first, whatever their type
        }
        int rank = order.indexOf(line.getClass());
        return rank < 0 ? order.size() : rank;
    }
}
