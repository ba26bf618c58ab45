package vn.nhacviec.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who covers whom on one day. An officer on leave answers for nothing that day; their units go to
 * their delegate — and on to the delegate's delegate when the delegate is away too (a loop of
 * leaves gives the units back to the first officer, so nothing is left without anyone).
 */
public final class Cover {

    private final Map<Long, Long> delegateOf;

    private Cover(Map<Long, Long> delegateOf) {
        this.delegateOf = delegateOf;
    }

    public static Cover none() {
        return new Cover(Map.of());
    }

    /** The leaves in force on {@code day} (approved, the day within their period). */
    public static Cover of(List<Leave> leaves, LocalDate day) {
        Map<Long, Long> delegateOf = new HashMap<>();
        leaves.stream().filter(l -> l.covers(day)).forEach(l -> delegateOf.putIfAbsent(l.officerId(), l.delegateId()));
        return new Cover(delegateOf);
    }

    public boolean isEmpty() {
        return delegateOf.isEmpty();
    }

    public boolean away(long officerId) {
        return delegateOf.containsKey(officerId);
    }

    /** Who acts for {@code officerId} that day: the end of the chain of delegates; themselves when present. */
    public long actingFor(long officerId) {
        Set<Long> seen = new HashSet<>();
        long who = officerId;
        while (delegateOf.containsKey(who) && seen.add(who)) {
            who = delegateOf.get(who);
        }
        return seen.contains(who) ? officerId : who; // a loop: nobody else is there, the officer keeps the work
    }

    /** The officers whose work {@code officerId} covers that day. */
    public List<Long> coveredBy(long officerId) {
        List<Long> covered = new ArrayList<>();
        delegateOf.keySet().stream().sorted().filter(o -> o != officerId && actingFor(o) == officerId).forEach(covered::add);
        return covered;
    }

    public Optional<Long> delegateOf(long officerId) {
        return Optional.ofNullable(delegateOf.get(officerId));
    }

    /**
     * Each officer's units for the day: an absent officer's go to whoever acts for them (added after
     * that officer's own), the absent officer keeps none.
     */
    public Map<Long, List<String>> apply(Map<Long, List<String>> unitsByOfficer) {
        if (delegateOf.isEmpty()) {
            return unitsByOfficer;
        }
        Map<Long, LinkedHashSet<String>> result = new LinkedHashMap<>();
        unitsByOfficer.forEach((officer, units) -> {
            if (!away(officer)) {
                result.computeIfAbsent(officer, o -> new LinkedHashSet<>()).addAll(units);
            }
        });
        unitsByOfficer.forEach((officer, units) -> {
            if (away(officer)) {
                result.computeIfAbsent(actingFor(officer), o -> new LinkedHashSet<>()).addAll(units);
            }
        });
        Map<Long, List<String>> out = new LinkedHashMap<>();
        unitsByOfficer.keySet().forEach(o -> out.put(o, List.copyOf(result.getOrDefault(o, new LinkedHashSet<>()))));
        result.forEach((o, units) -> out.putIfAbsent(o, List.copyOf(units)));
        return out;
    }
}
