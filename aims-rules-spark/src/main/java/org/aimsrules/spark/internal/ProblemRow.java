package org.aimsrules.spark.internal;

import java.io.Serializable;

/**
 * One reason a tenant has no report: a validation problem, or an internal error. A Spark bean: not API.
 */
public class ProblemRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String kind;
  private String pointer;
  private String message;
  private String errorClass;

  /** An empty row, for Spark's bean encoder. */
  public ProblemRow() {}

  /** @return {@code INVALID} or {@code ERROR} */
  public String getKind() {
    return kind;
  }

  /** @param kind {@code INVALID} or {@code ERROR} */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /** @return the JSON Pointer of a validation problem, or {@code null} */
  public String getPointer() {
    return pointer;
  }

  /** @param pointer the JSON Pointer of a validation problem, or {@code null} */
  public void setPointer(String pointer) {
    this.pointer = pointer;
  }

  /** @return what is wrong */
  public String getMessage() {
    return message;
  }

  /** @param message what is wrong */
  public void setMessage(String message) {
    this.message = message;
  }

  /** @return the exception class of an internal error, or {@code null} */
  public String getErrorClass() {
    return errorClass;
  }

  /** @param errorClass the exception class of an internal error, or {@code null} */
  public void setErrorClass(String errorClass) {
    this.errorClass = errorClass;
  }
}
