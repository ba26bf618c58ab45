package vn.nhacviec.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogConfigurationTest {

    @Test
    void the_service_logs_through_it_to_stderr() {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = running.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ILoggingEvent> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
        assertEquals("System.err", stderr.getTarget());
        assertEquals(Level.WARN, running.getLogger("org.flywaydb").getLevel());
    }

    @Test
    void tokens_are_redacted_from_messages_and_stack_traces_and_noisy_libraries_are_quieter() {
        LoggerContext context = new LoggerContext();
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configure(context));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ILoggingEvent> stderr = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) stderr.getEncoder();

        Logger bot = context.getLogger("vn.nhacviec.bot.Example");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), bot, Level.WARN,
                "GET https://api.telegram.org/bot123456789:AAbbCCddEEff_gg-HH/getUpdates failed",
                new IllegalStateException("bot123456789:AAbbCCddEEff_gg-HH refused"), null);
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertFalse(line.contains("AAbbCCddEEff"), line);
        assertTrue(line.matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  vn\\.nhacviec\\.bot\\.Example - GET https://api\\.telegram\\.org/bot<token>/getUpdates failed"
                + "\\R.*IllegalStateException: bot<token> refused.*"), line);
        assertEquals(Level.WARN, context.getLogger("com.zaxxer.hikari").getLevel());
        assertEquals(Level.WARN, context.getLogger("io.micronaut").getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.apache.poi").getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.apache.pdfbox.pdmodel").getEffectiveLevel());
    }

    @Test
    void the_root_level_comes_from_NHACVIEC_LOG_LEVEL_and_defaults_to_INFO() {
        String before = System.getProperty("NHACVIEC_LOG_LEVEL");
        try {
            System.clearProperty("NHACVIEC_LOG_LEVEL");
            if (System.getenv("NHACVIEC_LOG_LEVEL") == null) {
                assertEquals(Level.INFO, LogConfiguration.rootLevel());
            }
            System.setProperty("NHACVIEC_LOG_LEVEL", "debug");
            assertEquals(Level.DEBUG, LogConfiguration.rootLevel());
            System.setProperty("NHACVIEC_LOG_LEVEL", "WARN");
            assertEquals(Level.WARN, LogConfiguration.rootLevel());
        } finally {
            if (before == null) {
                System.clearProperty("NHACVIEC_LOG_LEVEL");
            } else {
                System.setProperty("NHACVIEC_LOG_LEVEL", before);
            }
        }
    }

    @Test
    void an_operators_own_file_is_left_to_logback() {
        System.setProperty("logback.configurationFile", "/tmp/none.xml");
        try {
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, configure(new LoggerContext()));
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    private static Configurator.ExecutionStatus configure(LoggerContext context) {
        LogConfiguration configuration = new LogConfiguration();
        configuration.setContext(context);
        return configuration.configure(context);
    }
}
