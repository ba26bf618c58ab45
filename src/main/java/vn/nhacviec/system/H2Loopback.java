package vn.nhacviec.system;

/**
 * The embedded H2 database's AUTO_SERVER (which lets the command line open the file while
 * {@code serve} runs) listens on the loopback address only, never on every interface. H2 reads
 * {@code h2.bindAddress} once, when its classes load, so this runs first thing in {@code main}.
 */
public final class H2Loopback {

    public static final String PROPERTY = "h2.bindAddress";

    private H2Loopback() {
    }

    /** Binds H2's servers to 127.0.0.1 unless the operator chose an address with -Dh2.bindAddress. */
    public static void apply() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            System.setProperty(PROPERTY, "127.0.0.1");
        }
    }
}
