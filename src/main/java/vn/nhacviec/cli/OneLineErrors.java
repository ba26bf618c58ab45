package vn.nhacviec.cli;

import picocli.CommandLine;

/** Operators get one English line on stderr and a non-zero exit, never a stack trace. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("error: " + message(e));
        if (System.getenv("NHACVIEC_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return 1;
    }

    static String message(Throwable e) {
        Throwable cause = e;
        // Bean creation wraps the real reason (database unreachable, bad config) several levels deep.
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getMessage() == null || cause.getClass().getName().startsWith("io.micronaut"))) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.lines().findFirst().orElse(text).strip();
    }
}
