package vn.nhacviec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.nhacviec.system.ConfigDir;

/** The root command: {@code serve} when no subcommand is given. */
@Command(name = "nhacviec", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "nhacviec 0.1.0",
        description = "Reminders for a commune's administrative-reform (CCHC) plan.",
        subcommands = {ServeCommand.class, ImportCommand.class, OfficerCommand.class, PlanCommand.class,
                TaskCommand.class, RemindCommand.class, OutboxCommand.class, ReportCommand.class, TemplateCommand.class,
                ProvinceUserCommand.class})
public final class NhacViecCommand implements Runnable {

    public static int execute(String[] args) {
        ConfigDir.useApplicationFile();
        CommandLine commandLine = new CommandLine(new NhacViecCommand());
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only exceptions to OneLineErrors: an error of the JVM still gets one line, not a trace
            commandLine.getErr().println("error: " + OneLineErrors.message(e) + " (the command ran out of "
                    + (e instanceof StackOverflowError ? "stack" : "memory") + ")");
            return 1;
        } finally {
            Services.close();
        }
    }

    @Override
    public void run() {
        new ServeCommand().run();
    }
}
