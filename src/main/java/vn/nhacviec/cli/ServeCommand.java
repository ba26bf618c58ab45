package vn.nhacviec.cli;

import io.micronaut.runtime.Micronaut;
import picocli.CommandLine.Command;

/** Runs the service until it is stopped. */
@Command(name = "serve", description = "Run the service (web endpoints; later the bot and the scheduler).")
final class ServeCommand implements Runnable {

    @Override
    public void run() {
        Micronaut.build(new String[0]).banner(false).environments("serve").mainClass(ServeCommand.class).start();
        // The embedded server keeps non-daemon threads alive; block here until shutdown.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
