package org.aimsrules.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Classifies a record component as informational in the evidence map: no requirement needs it,
 * so its absence is never a finding. See {@link Evidence}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Informational {
  /**
   * Why no requirement needs it, in one line.
   *
   * @return the reason
   */
  String value();
}
