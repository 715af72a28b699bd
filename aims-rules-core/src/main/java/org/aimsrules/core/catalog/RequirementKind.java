package org.aimsrules.core.catalog;

/** Kind of a requirement in the catalog. */
public enum RequirementKind {
  /** A sub-clause of clauses 4 to 10 at the register's granularity, e.g. 9.2.2. */
  SUBCLAUSE,
  /** One obligation of the register, e.g. 9.2.2-a. */
  OBLIGATION,
  /** An Annex A control, e.g. A.6.2.8. */
  CONTROL
}
