package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nhacviec.bot.store.BotIdentityStore;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.directory.RosterFile;
import vn.nhacviec.directory.RosterLine;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The roster: {@code officer add | import | list | remove | invite}. */
@Command(name = "officer", description = "Keep the roster of officers.",
        subcommands = {OfficerCommand.Add.class, OfficerCommand.Import.class, OfficerCommand.ListOfficers.class,
                OfficerCommand.Remove.class, OfficerCommand.Invite.class})
final class OfficerCommand {

    @Command(name = "add", description = "Add an officer; prints the one-time invite for the bot.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--commune", required = true, paramLabel = "NAME")
        String commune;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;
        @Option(names = "--unit", split = ",", paramLabel = "CODE", description = "Unit code(s), e.g. TP-HT or VP-TK,MC.")
        List<String> units = List.of();
        @Option(names = "--role", defaultValue = "officer", paramLabel = "ROLE",
                description = "officer, vice-chairman, chairman or office (default: officer).")
        String role;

        @Override
        public Integer call() {
            Role parsed = Role.parse(role).orElseThrow(() -> new RosterException(
                    "unknown role '" + role + "' (allowed: " + Role.allowed() + ")"));
            NewOfficer added = Services.bean(RosterStore.class).add(commune, name, units, parsed, Services.actor());
            System.out.println(line(added.officer()) + "  invite: " + invite(added));
            return 0;
        }
    }

    @Command(name = "import", description = "Add officers from a roster file: Excel (.xlsx/.xls) or CSV (UTF-8, "
            + "',' or ';') with a header row naming the columns commune/xã, name/họ và tên, units/bộ phận, role/chức vụ.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The roster file (recognised by its content).")
        Path file;
        @Option(names = "--commune", paramLabel = "NAME", description = "The commune of every line: the file may then "
                + "leave out the commune column; a line naming another commune is refused.")
        String commune;

        @Override
        public Integer call() {
            RosterFile.Reading reading = RosterFile.read(String.valueOf(file.getFileName()), bytes(file), commune);
            reading.problems().stream().filter(RosterFile.Problem::wholeFile).findFirst().ifPresent(p -> {
                throw new RosterException(p.message());
            });
            if (commune != null && !commune.isBlank()) {
                Services.bean(CommuneStore.class).require(commune); // once, not on every line
            }
            RosterStore roster = Services.bean(RosterStore.class);
            int added = 0;
            for (RosterFile.Problem problem : reading.problems()) {
                System.err.println("line " + problem.lineNumber() + ": " + problem.message());
            }
            for (RosterLine line : reading.lines()) {
                try {
                    NewOfficer officer = roster.add(line.commune(), line.name(), line.units(), line.role(), Services.actor());
                    System.out.println("line " + line.lineNumber() + ": " + line(officer.officer())
                            + "  invite: " + invite(officer));
                    added++;
                } catch (RosterException e) {
                    System.err.println("line " + line.lineNumber() + ": " + e.getMessage());
                }
            }
            int refused = reading.problems().size() + reading.lines().size() - added;
            System.out.println(added + " officers added, " + refused + " lines refused");
            return refused == 0 ? 0 : 1;
        }

        private static byte[] bytes(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new RosterException(Files.isDirectory(file) ? file + " is a directory, not a roster file"
                        : "file not found: " + file);
            }
            try {
                if (Files.size(file) > RosterFile.MAX_BYTES) {
                    throw new RosterException(file + " is larger than the " + RosterFile.MAX_BYTES / 1048576
                            + " MB limit for a roster file");
                }
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new RosterException("cannot read " + file + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "list", description = "List officers.")
    static final class ListOfficers implements Callable<Integer> {
        @Option(names = "--commune", paramLabel = "NAME")
        String commune;

        @Override
        public Integer call() {
            List<Officer> officers = Services.bean(RosterStore.class).list(Optional.ofNullable(commune));
            if (officers.isEmpty()) {
                System.out.println("No officers yet.");
            }
            officers.forEach(o -> System.out.println(line(o)));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove an officer from the roster (access ends at once).")
    static final class Remove implements Callable<Integer> {
        @Option(names = "--commune", required = true, paramLabel = "NAME")
        String commune;
        @Parameters(paramLabel = "NAME_OR_ID")
        String officer;

        @Override
        public Integer call() {
            Officer removed = Services.bean(RosterStore.class).remove(commune, officer, Services.actor());
            System.out.println("Removed " + removed.name() + " (id " + removed.id() + ") from " + removed.commune());
            return 0;
        }
    }

    @Command(name = "invite", description = "Issue a fresh one-time invite code for an officer.")
    static final class Invite implements Callable<Integer> {
        @Option(names = "--commune", required = true, paramLabel = "NAME")
        String commune;
        @Option(names = "--name", required = true, paramLabel = "NAME_OR_ID")
        String name;

        @Override
        public Integer call() {
            NewOfficer invited = Services.bean(RosterStore.class).invite(commune, name, Services.actor());
            System.out.println(line(invited.officer()) + "  invite: " + invite(invited));
            return 0;
        }
    }

    /** "/start CODE", and the t.me deep link once the service has learnt the bot's name. */
    static String invite(NewOfficer added) {
        return added.startCommand() + Services.bean(BotIdentityStore.class).deepLink(added.inviteCode())
                .map(link -> "  " + link).orElse("");
    }

    static String line(Officer o) {
        return String.format("%4d  %-28s %-10s %-14s %-16s %s", o.id(), o.name(), o.commune(), o.role().option(),
                o.units().isEmpty() ? "-" : String.join(",", o.units()), o.linked() ? "linked" : "not linked");
    }
}
