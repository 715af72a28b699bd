package org.aimsrules.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.Waiver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.aimsrules.core.model.ModelConstraints;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.rule.Intervals;

/**
 * Options of one evaluation. Immutable; build with {@link #builder()}.
 *
 * <ul>
 *   <li>{@code asOf}: the evaluation date; when absent, today in the clock's time zone.</li>
 *   <li>{@code escalationThreshold}: that many distinct minor nonconformities (lapses found by
 *       different rules) against one requirement are reported as one major (default 3; 0 turns
 *       escalation off). One rule's lapse on many subjects counts once.</li>
 *   <li>{@code systemicFindings}: one rule's lapse found on two or more subjects is reported once,
 *       as a systemic finding that names every subject (default on).</li>
 *   <li>{@code severity overrides} and {@code disabled rules}: tailoring per rule id.</li>
 *   <li>{@code defaultIntervals}: planned intervals used where the model states none.</li>
 *   <li>{@code timeLimit}: the longest an evaluation may run; past it the rule session is halted
 *       and {@link EvaluationTimeoutException} is thrown (default: none).</li>
 *   <li>{@code waivers}: accepted findings ({@link Waiver}); a waiver in force on the evaluation
 *       date marks the findings it names as waived: they stay in the report and count neither in
 *       the summary nor in the verdict (default: none).</li>
 *   <li>{@code baseline}: an earlier report's findings ({@link Baseline}); each finding is then
 *       marked new or unchanged and the report lists those fixed since (default: none).</li>
 * </ul>
 */
public final class EvaluationOptions {
  private static final EvaluationOptions DEFAULTS = builder().build();

  private final LocalDate asOf;
  private final Clock clock;
  private final int escalationThreshold;
  private final boolean systemicFindings;
  private final Map<String, Severity> severityOverrides;
  private final Set<String> disabledRules;
  private final Intervals defaultIntervals;
  private final Duration timeLimit;
  private final List<Waiver> waivers;
  private final Baseline baseline;

  private EvaluationOptions(Builder b) {
    this.asOf = b.asOf;
    this.clock = b.clock;
    this.escalationThreshold = b.escalationThreshold;
    this.systemicFindings = b.systemicFindings;
    this.severityOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.severityOverrides));
    this.disabledRules = Collections.unmodifiableSet(new TreeSet<>(b.disabledRules));
    this.defaultIntervals = b.defaultIntervals;
    this.timeLimit = b.timeLimit;
    this.waivers = List.copyOf(b.waivers);
    this.baseline = b.baseline;
  }

  /**
   * The default options: today, escalation at 3 minors, no tailoring, certification-practice
   * intervals.
   *
   * @return the defaults
   */
  public static EvaluationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.asOf = asOf;
    b.clock = clock;
    b.escalationThreshold = escalationThreshold;
    b.systemicFindings = systemicFindings;
    b.severityOverrides.putAll(severityOverrides);
    b.disabledRules.addAll(disabledRules);
    b.defaultIntervals = defaultIntervals;
    b.timeLimit = timeLimit;
    b.waivers.addAll(waivers);
    b.baseline = baseline;
    return b;
  }

  /**
   * The evaluation date: {@code asOf} if set, otherwise today according to the clock.
   *
   * @return the date
   */
  public LocalDate resolveAsOf() {
    return asOf != null ? asOf : LocalDate.now(clock);
  }

  /** @return the configured {@code asOf}, or {@code null} for "today" */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the escalation threshold; 0 when escalation is off */
  public int escalationThreshold() {
    return escalationThreshold;
  }

  /** @return whether one rule's lapse on several subjects is reported as one systemic finding */
  public boolean systemicFindings() {
    return systemicFindings;
  }

  /** @return severity overrides by rule id */
  public Map<String, Severity> severityOverrides() {
    return severityOverrides;
  }

  /** @return ids of rules whose violations are dropped */
  public Set<String> disabledRules() {
    return disabledRules;
  }

  /** @return intervals used where the model states none */
  public Intervals defaultIntervals() {
    return defaultIntervals;
  }

  /** @return the time limit of an evaluation, or {@code null} for none */
  public Duration timeLimit() {
    return timeLimit;
  }

  /**
   * The waivers, in the order given.
   *
   * @return the waivers (empty when none)
   */
  public List<Waiver> waivers() {
    return waivers;
  }

  /**
   * The baseline to compare with.
   *
   * @return the baseline, or {@code null}
   */
  public Baseline baseline() {
    return baseline;
  }

  /** Builder of {@link EvaluationOptions}. */
  public static final class Builder {
    private LocalDate asOf;
    private Clock clock = Clock.systemDefaultZone();
    private int escalationThreshold = 3;
    private boolean systemicFindings = true;
    private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
    private final Set<String> disabledRules = new TreeSet<>();
    private Intervals defaultIntervals = Intervals.DEFAULTS;
    private Duration timeLimit;
    private final List<Waiver> waivers = new ArrayList<>();
    private Baseline baseline;

    private Builder() {}

    /**
     * Adds waivers.
     *
     * @param accepted waivers, applied in this order after those already added
     * @return this builder
     */
    public Builder waivers(List<Waiver> accepted) {
      accepted.forEach(w -> waivers.add(Objects.requireNonNull(w, "waiver")));
      return this;
    }

    /**
     * Sets the baseline to compare with.
     *
     * @param earlier an earlier report's findings, or {@code null} for none
     * @return this builder
     */
    public Builder baseline(Baseline earlier) {
      this.baseline = earlier;
      return this;
    }

    /**
     * Sets the evaluation date.
     *
     * @param date the date, or {@code null} for today; within the range of dates a model may hold
     *     ({@link ModelConstraints#MIN_DATE} to {@link ModelConstraints#MAX_DATE})
     * @return this builder
     * @throws IllegalArgumentException when the date is outside that range
     */
    public Builder asOf(LocalDate date) {
      if (date != null && (date.isBefore(ModelConstraints.MIN_DATE)
          || date.isAfter(ModelConstraints.MAX_DATE))) {
        throw new IllegalArgumentException("asOf " + date + " is outside the supported range "
            + ModelConstraints.MIN_DATE + " to " + ModelConstraints.MAX_DATE);
      }
      this.asOf = date;
      return this;
    }

    /**
     * Sets the clock that decides "today" when no {@code asOf} is set.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how many distinct minor nonconformities (different rules) against one requirement make
     * a major.
     *
     * @param threshold 2 or more; 0 turns escalation off
     * @return this builder
     */
    public Builder escalationThreshold(int threshold) {
      if (threshold < 0 || threshold == 1) {
        throw new IllegalArgumentException("escalation threshold must be 0 (off) or at least 2");
      }
      this.escalationThreshold = threshold;
      return this;
    }

    /**
     * Sets whether one rule's lapse found on two or more subjects is reported once, as a systemic
     * finding naming every subject (the default), or once per subject.
     *
     * @param on true to group, false to report each subject on its own
     * @return this builder
     */
    public Builder systemicFindings(boolean on) {
      this.systemicFindings = on;
      return this;
    }

    /**
     * Overrides the default severity of a rule. A guidance rule is never graded above
     * {@link Severity#OBSERVATION}, whatever the override.
     *
     * @param ruleId rule id
     * @param severity severity to use
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severityOverrides.put(Objects.requireNonNull(ruleId, "ruleId"),
          Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Drops the violations of a rule.
     *
     * @param ruleId rule id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabledRules.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Sets the intervals used where the model states none.
     *
     * @param intervals the intervals
     * @return this builder
     */
    public Builder defaultIntervals(Intervals intervals) {
      this.defaultIntervals = Objects.requireNonNull(intervals, "intervals");
      return this;
    }

    /**
     * Sets the longest an evaluation may run. A server evaluating models of many tenants uses it so
     * that one model cannot hold a worker: past the limit the rule session is halted, no partial
     * report is produced, and {@link Evaluator#evaluate} throws {@link EvaluationTimeoutException}.
     *
     * @param limit a positive duration, or {@code null} for no limit
     * @return this builder
     */
    public Builder timeLimit(Duration limit) {
      if (limit != null && (limit.isNegative() || limit.isZero())) {
        throw new IllegalArgumentException("time limit must be positive, found " + limit);
      }
      this.timeLimit = limit;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public EvaluationOptions build() {
      return new EvaluationOptions(this);
    }
  }
}
