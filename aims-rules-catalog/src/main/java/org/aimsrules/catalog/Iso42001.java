package org.aimsrules.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.catalog.internal.Iso42001Pack;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.RulePack;

/**
 * Entry point to the ISO/IEC 42001:2023 rule pack.
 *
 * <pre>{@code
 * Evaluator evaluator = Iso42001.evaluator();          // once per process
 * AimsModel model = AimsModelReader.create().read(Path.of("aims.json"));
 * EvaluationReport report = evaluator.evaluate(model);
 * }</pre>
 */
public final class Iso42001 {
  private Iso42001() {}

  /**
   * The rule pack. Its rule base is built on first use and shared by the whole process.
   *
   * @return the pack
   */
  public static RulePack rulePack() {
    return Iso42001Pack.INSTANCE;
  }

  /**
   * The catalog: requirements, rule metadata, crosswalks.
   *
   * @return the catalog
   */
  public static RuleCatalog catalog() {
    return Iso42001Pack.INSTANCE.catalog();
  }

  /**
   * An evaluator over this pack with default options.
   *
   * @return a new evaluator (cheap: the rule base is shared)
   */
  public static Evaluator evaluator() {
    return Evaluator.builder().rulePack(rulePack()).build();
  }

  /**
   * An evaluator over this pack with the given default options.
   *
   * @param options options used when {@code evaluate} is called without options
   * @return a new evaluator
   */
  public static Evaluator evaluator(EvaluationOptions options) {
    return Evaluator.builder().rulePack(rulePack()).options(options).build();
  }

  /** Where the rule reference pages are published. */
  public static final String RULE_REFERENCE_BASE =
      "https://github.com/aims-rules/aims-rules/blob/main/docs/rules/";

  /**
   * The address of each rule's entry in the rule reference ({@code docs/rules/<group>.md}, at the
   * rule's heading), for writers that link findings to their rule's documentation.
   *
   * @return a function from rule id to address; {@code null} for an id the catalog does not have
   */
  public static Function<String, String> ruleDocumentation() {
    return RuleLinks.LINKS::get;
  }

  /** The rule reference addresses, computed once from the loaded catalog. */
  private static final class RuleLinks {
    static final Map<String, String> LINKS = links();

    private static Map<String, String> links() {
      Map<String, String> links = new HashMap<>();
      for (RuleMetadata m : catalog().rules()) {
        links.put(m.id(), RULE_REFERENCE_BASE + Iso42001Pack.INSTANCE.ruleGroup(m.id()) + ".md#"
            + anchor(m));
      }
      return Map.copyOf(links);
    }

    /** GitHub's anchor of the heading {@code ### `id`: title}. */
    private static String anchor(RuleMetadata m) {
      String heading = ("`" + m.id() + "`: " + m.title()).toLowerCase(Locale.ROOT);
      StringBuilder a = new StringBuilder();
      heading.codePoints().forEach(c -> {
        if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
          a.appendCodePoint(c);
        } else if (c == ' ') {
          a.append('-');
        }
      });
      return a.toString();
    }
  }
}
