package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.nhacviec.directory.RosterTemplate;
import vn.nhacviec.plan.document.TaskTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code template tasks | officers [--out FILE] [--force]}: blank Excel forms that the importers read back. */
@Command(name = "template", description = "Write a blank Excel form to fill in: a plan's task list or the roster.",
        subcommands = {TemplateCommand.Tasks.class, TemplateCommand.Officers.class})
final class TemplateCommand {

    /** Where the form goes; an existing file is kept unless --force, since it may be a filled-in form. */
    static final class Output {
        @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: the form's name, here).")
        Path out;
        @Option(names = "--force", description = "Overwrite FILE if it exists.")
        boolean force;

        Path write(String defaultName, byte[] bytes) {
            Path target = out != null ? out : Path.of(defaultName);
            if (Files.exists(target) && !Files.isDirectory(target) && !force) {
                throw new IllegalArgumentException(target + " already exists; give --force to overwrite it or --out "
                        + "another file");
            }
            OutputFile.checkWritable(target);
            OutputFile.write(target, bytes);
            return target;
        }
    }

    @Command(name = "tasks", description = "The task-list form of a plan (STT, Nội dung nhiệm vụ, … Thời gian, Ghi chú) "
            + "with two example tasks for this year; import it with --commune.")
    static final class Tasks implements Callable<Integer> {
        @Mixin
        Output output;

        @Override
        public Integer call() {
            int year = LocalDate.now(Services.clock()).getYear();
            Path written = output.write(TaskTemplate.FILE_NAME, TaskTemplate.xlsx(year));
            System.out.println("Wrote " + written + ": the task list of a " + year + " plan with 2 example tasks; "
                    + "replace them, then check with: import " + written + " --commune NAME --dry-run");
            return 0;
        }
    }

    @Command(name = "officers", description = "The roster form (Xã, Họ và tên, Bộ phận, Chức vụ) with example officers; "
            + "read by 'officer import'.")
    static final class Officers implements Callable<Integer> {
        @Mixin
        Output output;

        @Override
        public Integer call() {
            Path written = output.write(RosterTemplate.FILE_NAME, RosterTemplate.xlsx());
            System.out.println("Wrote " + written + ": the roster with " + RosterTemplate.EXAMPLES.size()
                    + " example officers; replace them, then: officer import " + written);
            return 0;
        }
    }
}
