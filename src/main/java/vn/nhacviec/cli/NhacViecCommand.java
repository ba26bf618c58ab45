package vn.nhacviec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.nhacviec.system.ConfigDir;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The root command: {@code serve} when no subcommand is given. */
@Command(name = "nhacviec", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "nhacviec 0.1.0",
        description = "Reminders for a commune's administrative-reform (CCHC) plan.")
public final class NhacViecCommand implements Runnable {

    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class, ImportCommand.class, OfficerCommand.class,
            PlanCommand.class, TaskCommand.class, RemindCommand.class, OutboxCommand.class, ReportCommand.class,
            TemplateCommand.class, BenchCommand.class, ProvinceUserCommand.class, DemoCommand.class);

    public static int execute(String[] args) {
        ConfigDir.useApplicationFile();
        CommandLine commandLine = new CommandLine(new NhacViecCommand());
        named(args).ifPresentOrElse(commandLine::addSubcommand, () -> SUBCOMMANDS.forEach(commandLine::addSubcommand));
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

    /**
     * The subcommand the first argument names, if it names one. Picocli builds the model of every
     * command it is given, options and nested subcommands included, by reflection: a command
     * registers only the one it runs; the help, the version and a mistyped name get them all.
     */
    static Optional<Class<?>> named(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        for (Class<?> subcommand : SUBCOMMANDS) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command.name().equals(args[0]) || Arrays.asList(command.aliases()).contains(args[0])) {
                return Optional.of(subcommand);
            }
        }
        return Optional.empty();
    }

    @Override
    public void run() {
        new ServeCommand().run();
    }
}
