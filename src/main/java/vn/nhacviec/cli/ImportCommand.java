package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.PlanJson;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanRevision;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;
import vn.nhacviec.plan.store.ImportResult;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.system.ConfigDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code import FILE [--commune NAME] [--dry-run] [--json]}: reads a plan and stores it. */
@Command(name = "import", description = "Import a commune's CCHC plan: UTF-8 text, Word (.docx/.doc), Excel (.xlsx/.xls), CSV or a PDF with a text layer.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The plan file (recognised by its content).")
    Path file;

    @Option(names = "--commune", paramLabel = "NAME", description = "The commune, when the plan does not name it "
            + "(or names it without diacritics).")
    String commune;

    @Option(names = "--dry-run", description = "Read and report; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PlanSource source = PlanFile.read(file);
        int thisYear = LocalDate.now(Services.clock()).getYear();
        Plan plan = new PlanReader(ConfigDir.units()).read(source, thisYear);
        if (commune != null && !commune.isBlank()) {
            plan = plan.inCommune(commune.strip());
        }
        PlanRevision revision = compareWithStored(plan).orElse(null);
        if (json) {
            PlanJson.write(plan, revision, System.out);
        } else {
            printSummary(plan);
            if (revision != null) {
                printRevision(revision);
            }
        }
        if (dryRun) {
            return 0;
        }
        if (plan.commune().isBlank()) {
            throw new PlanFileException("the plan does not name its commune; give --commune NAME");
        }
        ImportResult result = Services.bean(PlanStore.class).save(plan, source, Services.actor());
        (json ? System.err : System.out).println(result.summary());
        return 0;
    }

    /**
     * What storing the plan would change against its stored version, listed before anything is
     * stored. A dry run compares only when the database is already there (it never creates it).
     */
    private Optional<PlanRevision> compareWithStored(Plan plan) {
        if (plan.commune().isBlank() || dryRun && !Services.databaseExists()) {
            return Optional.empty();
        }
        try {
            return Services.bean(PlanStore.class).revisionOf(plan);
        } catch (RuntimeException e) {
            if (!dryRun) {
                throw e;
            }
            System.err.println("note: not compared with the stored plans (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private static void printRevision(PlanRevision revision) {
        System.out.println("Changes against the stored version: " + revision.summary());
        for (Task task : revision.added()) {
            System.out.println("  + " + task.numbering() + " new: " + shorten(task.content()) + dates(task.dueDates()));
        }
        for (PlanRevision.Known known : revision.removed()) {
            System.out.println("  - #" + known.code() + " " + known.numbering() + " removed (will be cancelled): "
                    + shorten(known.content()));
        }
        for (PlanRevision.Kept kept : revision.changed()) {
            StringBuilder line = new StringBuilder("  ~ #").append(kept.before().code()).append(' ')
                    .append(kept.after().numbering());
            if (kept.changes().contains(PlanRevision.Change.RENUMBERED)) {
                line.append(" (was ").append(kept.before().numbering()).append(')');
            }
            line.append(": ").append(kept.changes().stream().map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", ")));
            if (kept.changes().contains(PlanRevision.Change.NEW_DATES)) {
                line.append(dates(kept.before().dueDates())).append(" ->").append(dates(kept.after().dueDates()));
            }
            System.out.println(line);
        }
    }

    private static String dates(List<LocalDate> dates) {
        return dates.isEmpty() ? " (no date)" : " " + dates.stream().map(DateText::of).collect(Collectors.joining(", "));
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 69) + "…";
    }

    private static void printSummary(Plan plan) {
        System.out.printf("Plan: %s (%s), year %d, commune %s%n", plan.title(),
                plan.number().isBlank() ? "no number" : plan.number(), plan.year(),
                plan.commune().isBlank() ? "(not found)" : plan.commune());
        System.out.println("Reporting calendar: " + (plan.calendar().isEmpty() ? "none stated" : plan.calendar().dates()));
        System.out.println(plan.hasTaskTable() ? "Tasks: " + plan.tasks().size() : "No task table found in this plan.");
        long flagged = plan.tasks().stream().filter(t -> !t.warnings().isEmpty()).count();
        if (flagged > 0) {
            System.out.println("Tasks with warnings: " + flagged + " (see --json for each warning)");
        }
        plan.warnings().forEach(w -> System.out.println("Warning: " + w));
    }
}
