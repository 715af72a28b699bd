package org.aimsrules.core.report;

/** Whether a finding was already in the baseline report it is compared with. */
public enum BaselineStatus {
  /** No finding with the same id is in the baseline. */
  NEW,
  /** The baseline holds a finding with the same id. */
  UNCHANGED
}
