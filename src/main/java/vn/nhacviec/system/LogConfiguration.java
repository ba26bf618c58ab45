package vn.nhacviec.system;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Map;

/**
 * The service's logging, set up in code (found by Logback as a {@code Configurator} service): parsing
 * an XML file with Joran cost every command about a tenth of its start-up. An operator's own file
 * given with {@code -Dlogback.configurationFile} still wins: Logback then reads it as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** Bot tokens (digits:secret) appear in the Telegram library's URLs and errors: never log them. */
    static final String TOKEN = "[0-9]{5,}:[A-Za-z0-9_-]{10,}";

    /** Logs go to stderr so that command output on stdout (JSON, lists) stays clean. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %replace(%msg){'" + TOKEN + "','<token>'}%n"
            + "%replace(%ex){'" + TOKEN + "','<token>'}%nopex";

    /**
     * Libraries that say too much at INFO. The document libraries warn about every oddity of a received
     * file; the reader's own one-line answer says what matters.
     */
    static final Map<String, Level> QUIETER = Map.of(
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN,
            "io.micronaut", Level.WARN,
            "org.apache.poi", Level.ERROR,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel());
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** NHACVIEC_LOG_LEVEL, as a system property or in the environment; INFO when unset (an unknown name is DEBUG, as Logback reads it). */
    static Level rootLevel() {
        String value = System.getProperty("NHACVIEC_LOG_LEVEL", System.getenv("NHACVIEC_LOG_LEVEL"));
        return value == null || value.isEmpty() ? Level.INFO : Level.toLevel(value.trim());
    }
}
