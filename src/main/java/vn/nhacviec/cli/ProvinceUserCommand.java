package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.directory.store.CommuneRecord;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.web.PasswordSignIn;
import vn.nhacviec.web.store.ProvinceStore;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code province-user}: the province's staff accounts for the read-only console (/tinh) and the communes
 * each province sees. Passwords are read from a file or typed twice, never from the command line.
 */
@Command(name = "province-user", description = "Province staff accounts (read-only console) and the communes of a province.",
        subcommands = {ProvinceUserCommand.Add.class, ProvinceUserCommand.ListUsers.class, ProvinceUserCommand.Remove.class,
                ProvinceUserCommand.Communes.class})
final class ProvinceUserCommand implements Runnable {

    static final int MIN_PASSWORD = 10;

    @Override
    public void run() {
        System.out.println("Use: province-user add | list | remove | communes (see --help)");
    }

    @Command(name = "add", description = "Create an account: --login, --name, --province, and the password from --password-file or typed.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--login", required = true, paramLabel = "LOGIN")
        String login;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;
        @Option(names = "--province", required = true, paramLabel = "PROVINCE")
        String province;
        @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            String normal = PasswordSignIn.normalLogin(login);
            if (!normal.matches("[a-z0-9._-]{3,100}")) {
                throw new RosterException("a login is 3 to 100 letters a-z, digits, '.', '_' or '-' (got '" + login + "')");
            }
            String password = password(passwordFile);
            long id = Services.bean(ProvinceStore.class).addStaff(normal, name, province, PasswordSignIn.hash(password),
                    Services.clock().instant()).orElseThrow(() -> new RosterException("the login '" + normal + "' is taken"));
            System.out.println("Added province user #" + id + " '" + normal + "' (" + name.strip() + ", province "
                    + province.strip() + "); sign in at /dang-nhap");
            return 0;
        }
    }

    @Command(name = "list", description = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Override
        public Integer call() {
            List<ProvinceStore.StaffAccount> all = Services.bean(ProvinceStore.class).allStaff();
            if (all.isEmpty()) {
                System.out.println("No province users yet (province-user add).");
            }
            all.forEach(a -> System.out.println(a.login() + "\t" + a.name() + "\t" + a.province()));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove an account (it can no longer sign in).")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            String normal = PasswordSignIn.normalLogin(login);
            if (!Services.bean(ProvinceStore.class).removeStaff(normal, Services.clock().instant())) {
                throw new RosterException("no province user '" + normal + "'");
            }
            System.out.println("Removed province user '" + normal + "'");
            return 0;
        }
    }

    @Command(name = "communes", description = "Put communes in a province: --province NAME COMMUNE...")
    static final class Communes implements Callable<Integer> {
        @Option(names = "--province", required = true, paramLabel = "PROVINCE")
        String province;
        @Parameters(paramLabel = "COMMUNE", arity = "1..*")
        List<String> communes;

        @Override
        public Integer call() {
            CommuneStore store = Services.bean(CommuneStore.class);
            List<CommuneRecord> found = communes.stream().map(store::require).toList();
            ProvinceStore provinces = Services.bean(ProvinceStore.class);
            found.forEach(c -> provinces.attach(c.id(), province));
            found.forEach(c -> System.out.println("Commune " + c.name() + " is in province " + province.strip()));
            return 0;
        }
    }

    /** The first line of the file, or typed twice at the terminal; at least {@link #MIN_PASSWORD} characters. */
    static String password(Path file) throws IOException {
        String password;
        if (file != null) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            password = lines.isEmpty() ? "" : lines.get(0);
        } else {
            Console console = System.console();
            if (console == null) {
                throw new RosterException("no terminal to type the password in: give --password-file");
            }
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new RosterException("the two passwords differ");
            }
            password = new String(first);
        }
        if (password.strip().length() < MIN_PASSWORD) {
            throw new RosterException("a password has at least " + MIN_PASSWORD + " characters");
        }
        return password;
    }
}
