package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.aimsrules.examples.cli.LoggingConfigurator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The command line's logging, configured in code: warnings and errors to standard error, one line
 * each, nothing below a warning, and a {@code logback.configurationFile} still in charge.
 */
class LoggingConfiguratorTest {
  @Test
  void warningsGoToStandardErrorOneLineEachAndInformationIsDropped() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    LoggingConfigurator configurator = new LoggingConfigurator();
    configurator.setContext(context);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
      Logger logger = context.getLogger("org.aimsrules.core.engine.RuleBases");
      logger.info("not shown");
      logger.warn("shown");
    } finally {
      System.setErr(err);
      context.stop();
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("WARN o.a.c.e.RuleBases: shown\n");
  }

  @Test
  void aConfigurationFileNamedByThePropertyTakesPrecedence() {
    LoggerContext context = new LoggerContext();
    LoggingConfigurator configurator = new LoggingConfigurator();
    configurator.setContext(context);
    String before = System.getProperty("logback.configurationFile");
    System.setProperty("logback.configurationFile", "elsewhere.xml");
    try {
      assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext())
          .isFalse();
    } finally {
      if (before == null) {
        System.clearProperty("logback.configurationFile");
      } else {
        System.setProperty("logback.configurationFile", before);
      }
      context.stop();
    }
  }

  @Test
  void logbackFindsItThroughTheServiceLoader() {
    Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(root.getAppender("STDERR")).isNotNull();
  }
}
