package org.recordrelief.monitoring;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The log's configuration, set up in code when logback starts: the same as the packaged {@code logback.xml}
 * (a test compares them), without reading XML, which took about 0.1 s of every command's start. A county
 * that wants another configuration names its own file with {@code -Dlogback.configurationFile=FILE} (in
 * JAVA_OPTS; a copy of the packaged logback.xml is a good start), and this one then steps aside. It is
 * the only file that does: a {@code logback-test.xml} on the class path is not looked for (that search
 * would open every jar at start); tests that want another log set the property too.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** Also in logback.xml, with the reason for each. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    /** Every logger given a level. Conviction data is personal: our classes log counts and ids, libraries WARN. */
    static final Map<String, Level> LEVELS = levels();

    private static Map<String, Level> levels() {
        Map<String, Level> levels = new LinkedHashMap<>();
        levels.put("org.recordrelief", Level.INFO);
        levels.put("org.flywaydb.core.internal.database.base.Database", Level.ERROR);
        levels.put("org.apache.camel.component.timer.TimerConsumer", Level.ERROR);
        levels.put("org.apache.camel.component.scheduler.SchedulerConsumer", Level.ERROR);
        levels.put("org.apache.camel.component.file.GenericFileOnCompletion", Level.ERROR);
        levels.put("org.apache.camel.component.file.FileConsumer", Level.ERROR);
        levels.put("org.apache.camel.processor.MulticastProcessor", Level.ERROR);
        levels.put("com.zaxxer.hikari.pool.HikariPool", Level.OFF);
        levels.put("com.zaxxer.hikari.pool.ProxyConnection", Level.ERROR);
        levels.put("com.zaxxer.hikari.pool.PoolBase", Level.ERROR);
        levels.put("org.apache.camel.component.file.remote", Level.ERROR);
        levels.put("org.apache.camel.component.file.remote.SftpOperations", Level.OFF);
        levels.put("com.jcraft.jsch", Level.ERROR);
        levels.put("org.apache.sshd", Level.ERROR);
        levels.put(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.WARN);
        return Map.copyOf(levels);
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        // log lines go to standard error, so the summaries on standard output can be read or piped alone
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        LEVELS.forEach((logger, level) -> context.getLogger(logger).setLevel(level));
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
