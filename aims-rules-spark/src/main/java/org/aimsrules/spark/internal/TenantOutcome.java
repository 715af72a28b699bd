package org.aimsrules.spark.internal;

import java.io.Serializable;
import java.util.List;
import java.time.LocalDate;

/**
 * What became of one tenant at one date: a summary and findings, or problems. A Spark bean: not API.
 */
public class TenantOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  private String tenant;
  private long line;
  private LocalDate asOf;
  private String verdict;
  private int major;
  private int minor;
  private int observation;
  private int opportunity;
  private String catalog;
  private List<FindingRow> findings;
  private List<ProblemRow> problems;

  /** An empty row, for Spark's bean encoder. */
  public TenantOutcome() {}

  /** @return the tenant (may be {@code null} when the line could not be read) */
  public String getTenant() {
    return tenant;
  }

  /** @param tenant the tenant (may be {@code null} when the line could not be read) */
  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  /** @return the 1-based line or row number */
  public long getLine() {
    return line;
  }

  /** @param line the 1-based line or row number */
  public void setLine(long line) {
    this.line = line;
  }

  /** @return the evaluation date ({@code null} for a model rejected before evaluation) */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** @param asOf the evaluation date ({@code null} for a model rejected before evaluation) */
  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** @return the verdict, or {@code null} when rejected */
  public String getVerdict() {
    return verdict;
  }

  /** @param verdict the verdict, or {@code null} when rejected */
  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  /** @return the number of major nonconformities */
  public int getMajor() {
    return major;
  }

  /** @param major the number of major nonconformities */
  public void setMajor(int major) {
    this.major = major;
  }

  /** @return the number of minor nonconformities */
  public int getMinor() {
    return minor;
  }

  /** @param minor the number of minor nonconformities */
  public void setMinor(int minor) {
    this.minor = minor;
  }

  /** @return the number of observations */
  public int getObservation() {
    return observation;
  }

  /** @param observation the number of observations */
  public void setObservation(int observation) {
    this.observation = observation;
  }

  /** @return the number of opportunities for improvement */
  public int getOpportunity() {
    return opportunity;
  }

  /** @param opportunity the number of opportunities for improvement */
  public void setOpportunity(int opportunity) {
    this.opportunity = opportunity;
  }

  /** @return the catalog (and version) that evaluated it */
  public String getCatalog() {
    return catalog;
  }

  /** @param catalog the catalog (and version) that evaluated it */
  public void setCatalog(String catalog) {
    this.catalog = catalog;
  }

  /** @return the findings (empty when rejected) */
  public List<FindingRow> getFindings() {
    return findings;
  }

  /** @param findings the findings (empty when rejected) */
  public void setFindings(List<FindingRow> findings) {
    this.findings = findings;
  }

  /** @return the problems (empty when evaluated) */
  public List<ProblemRow> getProblems() {
    return problems;
  }

  /** @param problems the problems (empty when evaluated) */
  public void setProblems(List<ProblemRow> problems) {
    this.problems = problems;
  }
}
