package vn.nhacviec.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; subcommands are added as the capabilities arrive. */
@Command(name = "nhacviec", mixinStandardHelpOptions = true, version = "nhacviec 0.1.0",
        description = "Reminders for a commune's administrative-reform plan.")
public final class NhacViecCommand implements Runnable {

    public static int execute(String[] args) {
        return new CommandLine(new NhacViecCommand()).execute(args);
    }

    @Override
    public void run() {
        System.out.println("nhacviec");
    }
}
