package vn.nhacviec;

import vn.nhacviec.cli.NhacViecCommand;
import vn.nhacviec.system.H2Loopback;

/** Entry point: everything runs through the command line; {@code serve} is the default. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        H2Loopback.apply(); // before any H2 class loads
        System.exit(NhacViecCommand.execute(args));
    }
}
