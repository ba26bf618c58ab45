package vn.nhacviec.reminder;

import vn.nhacviec.deadline.ReportingCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything one officer gets from one scan: one message, made of sections in {@link SectionKind}
 * order, each with its lines soonest first; {@code calendar} is the recipient's commune's reporting
 * calendar, which names the periods of recurring obligations ("báo cáo quý I").
 */
public record Digest(Recipient recipient, LocalDate date, List<Section> sections, ReportingCalendar calendar) {

    public record Section(SectionKind kind, List<DigestLine> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public Digest {
        sections = List.copyOf(sections);
        calendar = calendar == null ? ReportingCalendar.none() : calendar;
    }

    public Digest(Recipient recipient, LocalDate date, List<Section> sections) {
        this(recipient, date, sections, ReportingCalendar.none());
    }

    /**
     * Stable across runs of the same scan date: "digest:2024-03-05:officer:17". The outbox keeps it
     * unique, so a scan run twice (retry, restart, second instance) never sends twice. It does not
     * depend on the content: a second run that would list more (an item imported in between) still
     * sends nothing new that day — one message per officer per day is the rule.
     */
    public String idempotencyKey() {
        return "digest:" + date + ":officer:" + recipient.officerId();
    }

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    public List<DigestLine> lines(SectionKind kind) {
        return section(kind).map(Section::lines).orElse(List.of());
    }
}
