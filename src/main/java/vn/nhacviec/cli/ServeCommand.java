package vn.nhacviec.cli;

import io.micronaut.runtime.Micronaut;
import picocli.CommandLine.Command;
import vn.nhacviec.system.StartupRefusal;

/** Runs the service until it is stopped. */
@Command(name = "serve", description = "Run the service (web endpoints; later the bot and the scheduler).")
final class ServeCommand implements Runnable {

    @Override
    public void run() {
        // A StartupRefusal mapped to exit code 0 makes Micronaut rethrow it without logging a stack trace;
        // OneLineErrors then prints its one line and exits 1.
        Micronaut.build(new String[0]).banner(false).environments("serve").mainClass(ServeCommand.class)
                .mapError(StartupRefusal.class, refusal -> 0).start();
        // The embedded server keeps non-daemon threads alive; block here until shutdown.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
