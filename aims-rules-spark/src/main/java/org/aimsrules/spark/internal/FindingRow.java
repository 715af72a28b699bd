package org.aimsrules.spark.internal;

import java.io.Serializable;

/**
 * One finding of a tenant's evaluation at one date. A Spark bean: not API.
 */
public class FindingRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String id;
  private String ruleId;
  private String requirement;
  private String severity;
  private String pointer;
  private String message;

  /** An empty row, for Spark's bean encoder. */
  public FindingRow() {}

  /** @return the stable finding id */
  public String getId() {
    return id;
  }

  /** @param id the stable finding id */
  public void setId(String id) {
    this.id = id;
  }

  /** @return the rule id */
  public String getRuleId() {
    return ruleId;
  }

  /** @param ruleId the rule id */
  public void setRuleId(String ruleId) {
    this.ruleId = ruleId;
  }

  /** @return the requirement */
  public String getRequirement() {
    return requirement;
  }

  /** @param requirement the requirement */
  public void setRequirement(String requirement) {
    this.requirement = requirement;
  }

  /** @return the severity */
  public String getSeverity() {
    return severity;
  }

  /** @param severity the severity */
  public void setSeverity(String severity) {
    this.severity = severity;
  }

  /** @return the JSON Pointer of the subject */
  public String getPointer() {
    return pointer;
  }

  /** @param pointer the JSON Pointer of the subject */
  public void setPointer(String pointer) {
    this.pointer = pointer;
  }

  /** @return the message */
  public String getMessage() {
    return message;
  }

  /** @param message the message */
  public void setMessage(String message) {
    this.message = message;
  }
}
