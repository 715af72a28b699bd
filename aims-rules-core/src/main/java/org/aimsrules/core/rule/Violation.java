package org.aimsrules.core.rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aimsrules.core.model.Entity;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule inserts when it finds a requirement not met. The engine turns each violation into a
 * graded {@code Finding}, taking severity, title, message and actions from the rule's metadata.
 *
 * <p>A violation names its subject in one of two ways: the model record it is about (the engine knows
 * where each record sits in the input and derives the JSON Pointer and the entity id), or, when the
 * thing is absent altogether, the JSON Pointer where it should have been ({@link #at}). Facts added
 * with {@link #with} fill the message template's {@code {name}} placeholders and are reported as the
 * facts behind the finding.
 *
 * <p>Instances are immutable; {@link #with} returns a new violation. In DRL:
 * <pre>{@code
 * then
 *   insertLogical(Violation.of(kcontext, $policy).with("lastReviewedOn", $last));
 * }</pre>
 */
public final class Violation {
  private final String ruleId;
  private final Object subject;
  private final String pointer;
  private final String field;
  private final String entityId;
  private final Map<String, String> facts;

  private Violation(String ruleId, Object subject, String pointer, String field, String entityId,
      Map<String, String> facts) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.subject = subject;
    this.pointer = pointer;
    this.field = field;
    this.entityId = entityId;
    this.facts = facts;
  }

  /**
   * A violation about a model record, raised by the rule running in {@code kcontext}.
   *
   * @param kcontext the rule context (DRL's {@code kcontext}); its rule name is the rule id
   * @param subject the model record the violation is about
   * @return a new violation
   */
  public static Violation of(RuleContext kcontext, Object subject) {
    return of(kcontext.getRule().getName(), subject);
  }

  /**
   * A violation about a model record.
   *
   * @param ruleId the rule id
   * @param subject the model record the violation is about
   * @return a new violation
   */
  public static Violation of(String ruleId, Object subject) {
    Objects.requireNonNull(subject, "subject");
    String entityId = subject instanceof Entity e ? e.id() : null;
    return new Violation(ruleId, subject, null, null, entityId, Map.of());
  }

  /**
   * A violation about something absent, located by the JSON Pointer where it belongs.
   *
   * @param kcontext the rule context (DRL's {@code kcontext}); its rule name is the rule id
   * @param pointer JSON Pointer into the input, e.g. {@code /aiPolicy}
   * @return a new violation
   */
  public static Violation at(RuleContext kcontext, String pointer) {
    return at(kcontext.getRule().getName(), pointer);
  }

  /**
   * A violation about something absent, located by the JSON Pointer where it belongs.
   *
   * @param ruleId the rule id
   * @param pointer JSON Pointer into the input, e.g. {@code /aiPolicy}
   * @return a new violation
   */
  public static Violation at(String ruleId, String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return new Violation(ruleId, null, pointer, null, null, Map.of());
  }

  /**
   * Narrows the subject to one property of the record, e.g. {@code lastReviewedOn}: the finding's
   * pointer then ends with that property.
   *
   * @param property property name (a JSON Pointer segment, or several separated by '/')
   * @return a new violation
   */
  public Violation field(String property) {
    return new Violation(ruleId, subject, pointer, property, entityId, facts);
  }

  /**
   * Names the entity the finding concerns when the subject record has no id of its own (e.g. a
   * missing impact assessment reported on the AI system it should cover).
   *
   * @param id entity id
   * @return a new violation
   */
  public Violation entity(String id) {
    return new Violation(ruleId, subject, pointer, field, id, facts);
  }

  /**
   * Adds a fact behind the finding. The value is rendered with {@code String.valueOf}; {@code null}
   * is rendered as "none".
   *
   * @param name fact name, as used in the message template
   * @param value fact value
   * @return a new violation
   */
  public Violation with(String name, Object value) {
    Map<String, String> copy = new LinkedHashMap<>(facts);
    copy.put(Objects.requireNonNull(name, "name"), value == null ? "none" : String.valueOf(value));
    return new Violation(ruleId, subject, pointer, field, entityId,
        Collections.unmodifiableMap(copy));
  }

  /** @return the id of the rule that raised it */
  public String ruleId() {
    return ruleId;
  }

  /** @return the model record it is about, or {@code null} for a violation located by pointer */
  public Object subject() {
    return subject;
  }

  /** @return the explicit JSON Pointer, or {@code null} when the subject locates it */
  public String pointer() {
    return pointer;
  }

  /** @return the property of the subject it narrows to, or {@code null} */
  public String field() {
    return field;
  }

  /** @return the entity id the finding concerns, or {@code null} */
  public String entityId() {
    return entityId;
  }

  /** @return the facts behind it, in the order they were added */
  public Map<String, String> facts() {
    return facts;
  }

  @Override
  public String toString() {
    return "Violation[" + ruleId + " " + (pointer != null ? pointer : subject) + " " + facts + "]";
  }
}
