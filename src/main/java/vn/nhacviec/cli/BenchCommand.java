package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.bench.CountryShape;
import vn.nhacviec.bench.ScaleBenchmark;
import vn.nhacviec.bench.store.GeneratedCountryStore;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench generate|scan|overdue|done}: a generated country and the national-scale measurements
 * of docs/benchmarks.md. Only ever on a database the generator filled: every subcommand refuses a
 * database holding a real commune, and {@code generate} wants one with no commune at all.
 */
@Command(name = "bench", description = "Benchmarks at national scale on a generated country (never on real data).",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Scan.class, BenchCommand.Overdue.class, BenchCommand.Done.class})
final class BenchCommand {

    /** The day every measurement stands on: a Monday (the weekly summaries go out too) in the generated year. */
    static final String DEFAULT_DAY = "2026-06-15";

    /** The service clock at 09:00 of the benchmark day, set before the services start. */
    static void standOn(LocalDate day) {
        System.setProperty("nhacviec.clock", day + "T09:00:00+07:00");
    }

    @Command(name = "generate", description = "Fill an empty database with a generated country.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--communes", defaultValue = "3321") int communes;
        @Option(names = "--officers", defaultValue = "50000") int officers;
        @Option(names = "--open-deadlines", defaultValue = "1000000") int open;
        @Option(names = "--busy-overdue", defaultValue = "500", description = "Overdue deadlines of the first commune.")
        int busyOverdue;
        @Option(names = "--today", defaultValue = DEFAULT_DAY, description = "Before it deadlines are mostly done.")
        LocalDate today;
        @Option(names = "--seed", defaultValue = "2026") long seed;

        @Override
        public Integer call() {
            standOn(today);
            CountryShape shape = new CountryShape(communes, officers, open, today, busyOverdue, seed);
            GeneratedCountryStore store = Services.bean(GeneratedCountryStore.class);
            long start = System.nanoTime();
            store.generate(shape, Services.bean(java.time.Clock.class).getZone(), done -> {
                if (done % 500 == 0 || done == communes) {
                    System.out.printf(Locale.ROOT, "%d/%d communes written (%.0f s)%n", done, communes,
                            (System.nanoTime() - start) / 1e9);
                }
            });
            System.out.printf(Locale.ROOT, "generated %d communes, %d officers, %d open deadlines in %.0f s%n", communes,
                    officers, open, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    @Command(name = "scan", description = "Time the daily scan of a working day (forgetting the day's earlier run first).")
    static final class Scan implements Callable<Integer> {
        @Option(names = "--date", defaultValue = DEFAULT_DAY) LocalDate date;
        @Option(names = "--runs", defaultValue = "3") int runs;

        @Override
        public Integer call() {
            standOn(date);
            Services.bean(GeneratedCountryStore.class).requireGeneratedOnly();
            Services.bean(ScaleBenchmark.class).scan(date, runs, System.out);
            return 0;
        }
    }

    @Command(name = "overdue", description = "Time a chairman's /quahan in the commune with the most overdue items.")
    static final class Overdue implements Callable<Integer> {
        @Option(names = "--date", defaultValue = DEFAULT_DAY) LocalDate date;
        @Option(names = "--warmup", defaultValue = "50") int warmup;
        @Option(names = "--count", defaultValue = "300") int count;

        @Override
        public Integer call() {
            standOn(date);
            // one person asks hundreds of times: the per-person flood guard would rightly slow them down
            System.setProperty("nhacviec.telegram.messages-per-minute", "1000000");
            Services.bean(GeneratedCountryStore.class).requireGeneratedOnly();
            Services.bean(ScaleBenchmark.class).overdue(warmup, count, System.out);
            return 0;
        }
    }

    @Command(name = "done", description = "Offer \"xong N\" replies from many chats at a steady rate and time them.")
    static final class Done implements Callable<Integer> {
        @Option(names = "--date", defaultValue = DEFAULT_DAY) LocalDate date;
        @Option(names = "--rate", defaultValue = "500", description = "Updates a second.") int rate;
        @Option(names = "--seconds", defaultValue = "20") int seconds;
        @Option(names = "--warmup-seconds", defaultValue = "10",
                description = "A first round at the same rate from other chats, not counted (the JVM compiles the turn's code).")
        int warmupSeconds;
        @Option(names = "--per-chat", defaultValue = "3", description = "Replies from each chat.") int perChat;

        @Override
        public Integer call() throws Exception {
            standOn(date);
            Services.bean(GeneratedCountryStore.class).requireGeneratedOnly();
            Services.bean(ScaleBenchmark.class).done(rate, seconds, warmupSeconds, perChat, System.out);
            return 0;
        }
    }
}
