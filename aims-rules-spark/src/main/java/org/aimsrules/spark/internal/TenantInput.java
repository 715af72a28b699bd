package org.aimsrules.spark.internal;

import java.io.Serializable;
import java.util.List;

/**
 * One input record: a tenant's line of JSON Lines (in {@code raw}, the envelope not yet parsed) or
 * a Parquet row ({@code tenant}, {@code model} and the tenant's own disabled rules). A Spark bean:
 * not API.
 */
public class TenantInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private long line;
  private String raw;
  private String tenant;
  private String model;
  private List<String> disabledRules;

  /** An empty record, for Spark's bean encoder. */
  public TenantInput() {}

  /**
   * A record.
   *
   * @param line 1-based line (JSON Lines) or row (Parquet) number in read order
   * @param raw the whole line of JSON Lines input, or {@code null} for a table row
   * @param tenant the tenant of a table row, or {@code null}
   * @param model the model's JSON of a table row, or {@code null}
   */
  public TenantInput(long line, String raw, String tenant, String model) {
    this.line = line;
    this.raw = raw;
    this.tenant = tenant;
    this.model = model;
  }

  /** @return the 1-based line or row number */
  public long getLine() {
    return line;
  }

  /** @param line the 1-based line or row number */
  public void setLine(long line) {
    this.line = line;
  }

  /** @return the whole JSON Lines line, or {@code null} */
  public String getRaw() {
    return raw;
  }

  /** @param raw the whole JSON Lines line */
  public void setRaw(String raw) {
    this.raw = raw;
  }

  /** @return the tenant of a table row, or {@code null} */
  public String getTenant() {
    return tenant;
  }

  /** @param tenant the tenant of a table row */
  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  /** @return the model's JSON of a table row, or {@code null} */
  public String getModel() {
    return model;
  }

  /** @param model the model's JSON of a table row */
  public void setModel(String model) {
    this.model = model;
  }

  /** @return the tenant's own disabled rules of a table row, or {@code null} */
  public List<String> getDisabledRules() {
    return disabledRules;
  }

  /** @param disabledRules the tenant's own disabled rules of a table row */
  public void setDisabledRules(List<String> disabledRules) {
    this.disabledRules = disabledRules;
  }
}
