package vn.nhacviec.system;

/**
 * The service refuses to start because its configuration is unsafe or incomplete: the command
 * line prints the message as one line (no stack trace) and exits non-zero.
 */
public final class StartupRefusal extends RuntimeException {

    public StartupRefusal(String message) {
        super(message);
    }
}
