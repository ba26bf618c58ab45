package vn.nhacviec;

import vn.nhacviec.cli.NhacViecCommand;

/** Entry point: everything runs through the command line; {@code serve} is the default. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        System.exit(NhacViecCommand.execute(args));
    }
}
