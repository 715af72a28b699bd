package org.aimsrules.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * The command line's logging, set up in code (found by Logback through
 * {@code META-INF/services}) instead of from a {@code logback.xml}, whose XML parsing cost a cold
 * run some 70 ms: warnings and errors of the libraries go to standard error, one line each, and
 * standard output stays the report's. A {@code logback.configurationFile} system property still
 * takes precedence: Logback then reads that file as usual.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {
  /** The line each logged event becomes. */
  static final String PATTERN = "%level %logger{20}: %msg%n";

  /** Creates the configurator (Logback's service loader calls this). */
  public LoggingConfigurator() {}

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    // Logback's own status messages (start-up notes) are never printed, as before.
    context.getStatusManager().add(new NopStatusListener());
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("STDERR");
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(appender);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
