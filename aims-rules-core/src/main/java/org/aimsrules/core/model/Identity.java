package org.aimsrules.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Classifies a record component as identity or link in the evidence map: it names or connects
 * records and evidences nothing by itself. Ids ({@link EntityId}) and links ({@link RefersTo}) are
 * identity without this annotation. See {@link Evidence}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Identity {
  /**
   * What it identifies or connects, in one line.
   *
   * @return the reason
   */
  String value();
}
