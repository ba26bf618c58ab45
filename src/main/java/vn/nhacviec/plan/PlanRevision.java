package vn.nhacviec.plan;

import vn.nhacviec.deadline.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a new version of a plan ("Kế hoạch điều chỉnh, bổ sung") changes against the tasks stored
 * from the earlier one. Tasks are matched by their content, not by their place: a row inserted at
 * the top of a section renumbers every row below it, and each of those must keep its {@code #code},
 * its done marks and its history. Pure.
 *
 * <p>The rule: every pair of an earlier task and a new task gets a similarity of their contents
 * (words weighted by how rare they are in the two versions, so "kế hoạch … năm 2026" counts little
 * and "tuyên truyền" much). Pairs are taken greedily, most similar first; on equal similarity the
 * pair with the same numbering, then a task not cancelled, then the same section, then the nearest
 * place in the plan wins. A pair counts only when it is similar enough: {@value #SAME_CONTENT} with
 * any numbering, {@value #SAME_PLACE} when section and number are the same (a task reworded in
 * place). Earlier tasks left over are removed (cancelled); new tasks left over are added.
 */
public final class PlanRevision {

    /** Similarity from which two tasks are the same wherever they stand. */
    static final double SAME_CONTENT = 0.7;
    /** Similarity from which two tasks with the same section and number are the same task reworded. */
    static final double SAME_PLACE = 0.4;

    /**
     * A task as stored from an earlier version.
     *
     * @param id        the store's key, handed back untouched
     * @param code      what officers type ("#12")
     * @param dueDates  the dates the plan gave its live deadlines (before any approved extension)
     * @param cancelled removed by an earlier version; it comes back when a new version has it again
     */
    public record Known(long id, int code, String section, String number, String content, List<String> lead,
                        List<String> coordinating, String deadlineText, List<LocalDate> dueDates, boolean cancelled) {

        public Known {
            section = section == null ? "" : section;
            number = number == null ? "" : number;
            content = content == null ? "" : content;
            lead = List.copyOf(lead);
            coordinating = List.copyOf(coordinating);
            deadlineText = deadlineText == null ? "" : deadlineText;
            dueDates = dueDates.stream().distinct().sorted().toList();
        }

        /** As the plan printed it: "I.05", "1a". */
        public String numbering() {
            return section.isEmpty() || number.startsWith(section) ? number : section + "." + number;
        }
    }

    /** What changed in a task found again. */
    public enum Change {
        /** Another section or number. */
        RENUMBERED,
        /** Other words. */
        REWORDED,
        /** Other due dates, or another time text when it has none. */
        NEW_DATES,
        /** Other lead or coordinating units. */
        NEW_UNITS,
        /** Cancelled by an earlier version, in the plan again. */
        RESTORED
    }

    /** An earlier task found again in the new version. */
    public record Kept(Known before, Task after, Set<Change> changes) {

        public Kept {
            changes = Collections.unmodifiableSet(changes.isEmpty() ? EnumSet.noneOf(Change.class) : EnumSet.copyOf(changes));
        }
    }

    private final List<Known> before;
    private final Known[] previous;
    private final List<Kept> kept;
    private final List<Task> added;
    private final List<Known> removed;

    private PlanRevision(List<Known> before, List<Task> after, Known[] previous) {
        this.before = List.copyOf(before);
        this.previous = previous;
        List<Kept> keptTasks = new ArrayList<>();
        List<Task> addedTasks = new ArrayList<>();
        Set<Long> matched = new LinkedHashSet<>();
        for (int i = 0; i < after.size(); i++) {
            if (previous[i] == null) {
                addedTasks.add(after.get(i));
            } else {
                matched.add(previous[i].id());
                keptTasks.add(new Kept(previous[i], after.get(i), changes(previous[i], after.get(i))));
            }
        }
        this.kept = List.copyOf(keptTasks);
        this.added = List.copyOf(addedTasks);
        this.removed = this.before.stream().filter(k -> !k.cancelled() && !matched.contains(k.id())).toList();
    }

    /** A plan stored for the first time: every task is added. */
    public static PlanRevision firstVersion(List<Task> tasks) {
        return new PlanRevision(List.of(), tasks, new Known[tasks.size()]);
    }

    /** Matches the new version's tasks (in plan order) to the stored ones, cancelled ones included. */
    public static PlanRevision of(List<Known> before, List<Task> after) {
        Bags bags = Bags.of(before.stream().map(Known::content).toList(), after.stream().map(Task::content).toList());
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Known known = before.get(i);
            for (int j = 0; j < after.size(); j++) {
                Task task = after.get(j);
                boolean samePlace = known.section().equals(task.section()) && known.number().equals(task.number());
                double similarity = bags.before().get(i).similarity(bags.after().get(j), samePlace);
                if (similarity >= SAME_CONTENT || samePlace && similarity >= SAME_PLACE) {
                    candidates.add(new Candidate(i, j, similarity, samePlace, !known.cancelled(),
                            known.section().equals(task.section()), Math.abs(i - j)));
                }
            }
        }
        candidates.sort(Candidate.BEST_FIRST);
        Known[] previous = new Known[after.size()];
        boolean[] taken = new boolean[before.size()];
        for (Candidate c : candidates) {
            if (!taken[c.before()] && previous[c.after()] == null) {
                taken[c.before()] = true;
                previous[c.after()] = before.get(c.before());
            }
        }
        return new PlanRevision(before, after, previous);
    }

    /** The earlier task the new version's task at {@code index} (plan order) continues, if any. */
    public Optional<Known> previous(int index) {
        return Optional.ofNullable(previous[index]);
    }

    /** Earlier tasks found again, in the new version's order, changed or not. */
    public List<Kept> kept() {
        return kept;
    }

    /** Earlier tasks found again with something changed. */
    public List<Kept> changed() {
        return kept.stream().filter(k -> !k.changes().isEmpty()).toList();
    }

    /** New tasks, in plan order. */
    public List<Task> added() {
        return added;
    }

    /** Earlier live tasks the new version no longer has: they are cancelled, never deleted. */
    public List<Known> removed() {
        return removed;
    }

    /** True when the new version changes nothing about the tasks. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed().isEmpty();
    }

    /** Tasks found again that carry this change. */
    public long count(Change change) {
        return kept.stream().filter(k -> k.changes().contains(change)).count();
    }

    /** One line for operators and the audit log. */
    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + count(Change.REWORDED) + " reworded, "
                + count(Change.RENUMBERED) + " renumbered, " + count(Change.NEW_DATES) + " with new dates, "
                + count(Change.NEW_UNITS) + " with new units, " + count(Change.RESTORED) + " restored, "
                + (kept.size() - changed().size()) + " unchanged";
    }

    /** The number of tasks of the earlier version this one was compared with (cancelled ones included). */
    public int comparedWith() {
        return before.size();
    }

    private static Set<Change> changes(Known before, Task after) {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (!before.section().equals(after.section()) || !before.number().equals(after.number())) {
            changes.add(Change.RENUMBERED);
        }
        if (!VietnameseText.sameWords(before.content(), after.content())) {
            changes.add(Change.REWORDED);
        }
        List<LocalDate> dates = after.dueDates();
        boolean undated = dates.isEmpty() && before.dueDates().isEmpty();
        if (!dates.equals(before.dueDates())
                || undated && !VietnameseText.sameWords(before.deadlineText(), nullToEmpty(after.deadlineText()))) {
            changes.add(Change.NEW_DATES);
        }
        if (!before.lead().equals(after.lead()) || !before.coordinating().equals(after.coordinating())) {
            changes.add(Change.NEW_UNITS);
        }
        if (before.cancelled()) {
            changes.add(Change.RESTORED);
        }
        return changes;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A possible pairing of earlier task {@code before} with new task {@code after}. */
    private record Candidate(int before, int after, double similarity, boolean samePlace, boolean live,
                             boolean sameSection, int distance) {

        static final Comparator<Candidate> BEST_FIRST = Comparator
                .comparingDouble((Candidate c) -> -Math.round(c.similarity() * 1000) / 1000.0)
                .thenComparing(c -> !c.samePlace())
                .thenComparing(c -> !c.live())
                .thenComparing(c -> !c.sameSection())
                .thenComparingInt(Candidate::distance);
    }

    /**
     * Contents as bags of folded words, each word weighted by its rarity among all the contents of
     * both versions (inverse document frequency), compared with a weighted Dice coefficient.
     */
    private record Bags(List<Bag> before, List<Bag> after) {

        static Bags of(List<String> before, List<String> after) {
            List<Map<String, Integer>> oldCounts = before.stream().map(Bags::counts).toList();
            List<Map<String, Integer>> newCounts = after.stream().map(Bags::counts).toList();
            Map<String, Integer> frequency = new HashMap<>();
            oldCounts.forEach(c -> c.keySet().forEach(w -> frequency.merge(w, 1, Integer::sum)));
            newCounts.forEach(c -> c.keySet().forEach(w -> frequency.merge(w, 1, Integer::sum)));
            double documents = oldCounts.size() + newCounts.size();
            return new Bags(oldCounts.stream().map(c -> Bag.of(c, frequency, documents)).toList(),
                    newCounts.stream().map(c -> Bag.of(c, frequency, documents)).toList());
        }

        private static Map<String, Integer> counts(String content) {
            Map<String, Integer> counts = new HashMap<>();
            String folded = VietnameseText.fold(content == null ? "" : content);
            Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                    .forEach(w -> counts.merge(w, 1, Integer::sum));
            return counts;
        }
    }

    private record Bag(Map<String, Double> weights, double total) {

        static Bag of(Map<String, Integer> counts, Map<String, Integer> frequency, double documents) {
            Map<String, Double> weights = new HashMap<>();
            counts.forEach((word, n) -> weights.put(word, n * Math.log(1.0 + documents / frequency.get(word))));
            return new Bag(weights, weights.values().stream().mapToDouble(Double::doubleValue).sum());
        }

        double similarity(Bag other, boolean samePlace) {
            if (weights.isEmpty() || other.weights.isEmpty()) {
                return weights.isEmpty() && other.weights.isEmpty() && samePlace ? 1.0 : 0.0;
            }
            double shared = 0;
            for (Map.Entry<String, Double> entry : weights.entrySet()) {
                Double theirs = other.weights.get(entry.getKey());
                if (theirs != null) {
                    shared += Math.min(entry.getValue(), theirs);
                }
            }
            return 2 * shared / (total + other.total);
        }
    }
}
