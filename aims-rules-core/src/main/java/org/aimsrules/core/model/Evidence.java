package org.aimsrules.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Classifies a record component as evidence for requirements of ISO/IEC 42001: the evidence map of
 * the fact model (published in the schema as {@code x-aims-evidence}). When the evidence is needed
 * and absent, the catalog raises a finding on the record that lacks it; a requirement it evidences
 * is {@code CONFORMING} only when some evidence for it is present.
 *
 * <p>Every component of a model record carries exactly one of {@link Evidence},
 * {@link Informational} or {@link Identity}, or is an id or a link ({@link EntityId},
 * {@link RefersTo}), which classifies it as identity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Evidence {
  /**
   * The requirements it evidences: clauses or sub-clauses ({@code 6.1.4}), obligation ids
   * ({@code 6.1.2-c}) or Annex A controls ({@code A.6.2.6}).
   *
   * @return the requirement refs, most specific first
   */
  String[] value();

  /**
   * When it is needed.
   *
   * @return the kind of need
   */
  Need need() default Need.ALWAYS;

  /**
   * When it is needed, in plain words, for people.
   *
   * @return one line
   */
  String when();

  /**
   * Other places of the model that may hold the same fact, as JSON Pointers with {@code *} for any
   * list item ({@code /processes/* /documentId}, without the space), or the items of a top-level
   * list that have a value ({@code /documents[type=AI_POLICY]}: documents of that type, including
   * their additional types; {@code /roles[areas=HUMAN_OVERSIGHT]}: roles whose areas include it).
   *
   * @return the other places; empty when there are none
   */
  String[] alsoIn() default {};

  /**
   * A condition on a sibling property of the same record under which it is needed:
   * {@code prop=VALUE}, {@code prop!=VALUE}, or {@code prop} alone (the sibling holds something: a
   * value, or a list or object that is not empty); or a JSON Pointer to a place of the whole model
   * that must hold something ({@code /riskAssessments}); empty when it is needed unconditionally.
   *
   * @return the condition
   */
  String onlyIf() default "";

  /**
   * What the catalog reads when the property is absent, when that is the demanding case: a value of
   * the property ({@code IN_FORCE}, {@code false}, {@code NEGATIVE}) under which every check that
   * the property could relax still runs. An absent value then never buys silence: the model is
   * evaluated exactly as if it stated that value (the deletion property of the examples verifies
   * this by substitution). Empty when absence is itself the lapse the catalog reports.
   *
   * <p>For a list, {@code []} (no items): absent lists are read as empty ones.
   *
   * @return the value absence stands for, as it is written in JSON; empty when none
   */
  String absentMeans() default "";

  /**
   * Whether it is needed only on the latest record of its kind for the same AI system: an earlier
   * record that a later one supersedes (an impact assessment repeated after a significant change) is
   * kept as a record, and the catalog checks the content of the latest one.
   *
   * @return true when only the latest record for an AI system needs it
   */
  boolean latestOnly() default false;

  /**
   * When it falls due: {@code sibling+NM}, needed only once N months have passed since the date in
   * the sibling property ({@code achievedOn+3M}: the effectiveness of a competence action is
   * evaluated within three months of it). Empty when it is due at once.
   *
   * @return the due rule, or empty
   */
  String dueAfter() default "";

  /** When a piece of evidence is needed. */
  enum Need {
    /**
     * Whenever the record holding it exists (for a record of an AI system: when that system is in
     * the scope of the AIMS).
     */
    ALWAYS,
    /**
     * When its first requirement applies: for an Annex A control, to the AI system that holds the
     * property (or at all, for a record of no AI system); for a clause, when the requirement is not
     * {@code NOT_APPLICABLE}.
     */
    APPLICABLE
  }
}
