package org.aimsrules.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component (a string or a list of strings) that holds ids of entities of the given type.
 * {@code Object.class} means "any entity id, or an Annex A control id".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface RefersTo {
  /**
   * The entity type referred to.
   *
   * @return the record type whose ids are valid values
   */
  Class<?> value();
}
