package org.recordrelief.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The log configured in code is the packaged logback.xml's: the same levels, target and pattern. */
class LogConfigurationTest {

    @Test
    void theCodeConfiguresWhatThePackagedFileDoes() throws Exception {
        LoggerContext fromFile = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromFile);
        joran.doConfigure(getClass().getResource("/logback.xml"));

        LoggerContext fromCode = new LoggerContext();
        LogConfiguration code = new LogConfiguration();
        code.setContext(fromCode);
        assertThat(code.configure(fromCode)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        assertThat(levels(fromCode)).isEqualTo(levels(fromFile)).containsEntry("org.recordrelief", "INFO")
                .containsEntry("ROOT", "WARN").containsEntry("com.zaxxer.hikari.pool.HikariPool", "OFF");
        assertThat(console(fromCode)).isEqualTo(console(fromFile)).containsExactly("CONSOLE", "System.err",
                LogConfiguration.PATTERN);
        assertThat(fromCode.getLogger("org.recordrelief.routes.CountyRuns").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(fromCode.getLogger("org.h2.Driver").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void logbackFindsItAsItsConfigurator() {
        assertThat(java.util.ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .containsExactly(LogConfiguration.class.getName());
        LoggerContext running = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        // (a run's --quiet changes org.recordrelief's level in this JVM; nothing changes these)
        assertThat(running.getLogger("com.zaxxer.hikari.pool.HikariPool").getLevel()).isEqualTo(Level.OFF);
        assertThat(running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNotNull();
    }

    @Test
    void aFileTheCountyNamesIsReadInstead() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "county-logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            LogConfiguration code = new LogConfiguration();
            code.setContext(context);
            assertThat(code.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(levels(context)).as("nothing set up").containsOnlyKeys("ROOT");
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }

    private static Map<String, String> levels(LoggerContext context) {
        Map<String, String> levels = new TreeMap<>();
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                levels.put(logger.getName(), logger.getLevel().toString());
            }
        }
        return levels;
    }

    private static List<String> console(LoggerContext context) {
        List<String> found = new ArrayList<>();
        for (var it = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            found.add(appender.getName());
            if (appender instanceof ConsoleAppender<ILoggingEvent> console
                    && console.getEncoder() instanceof PatternLayoutEncoder encoder) {
                found.add(console.getTarget());
                found.add(encoder.getPattern());
            }
        }
        return found;
    }
}
