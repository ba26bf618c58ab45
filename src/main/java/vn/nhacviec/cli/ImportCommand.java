package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.PlanJson;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.ImportResult;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.system.ConfigDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

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
        if (json) {
            PlanJson.write(plan, System.out);
        } else {
            printSummary(plan);
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
