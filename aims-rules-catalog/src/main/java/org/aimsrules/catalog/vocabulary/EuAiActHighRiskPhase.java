package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;

/**
 * An EU AI Act high-risk system in the AIMS scope with the earliest date from which high-risk
 * obligations apply to it (Annex III or Annex I provisions, catalog data), and whether they apply on
 * the evaluation date. Rules raise a nonconformity when {@code applies}, else an observation that
 * names the date.
 *
 * <p>Derived by {@code derive/eu-ai-act/high-risk-phase}. One fact per system.
 *
 * @param aiSystemId the system's id
 * @param basis why the system is high-risk (every {@link HighRiskSystem} basis, as a list)
 * @param appliesFrom the earliest date high-risk obligations apply to it
 * @param applies whether they apply on the evaluation date
 */
public record EuAiActHighRiskPhase(String aiSystemId, String basis, LocalDate appliesFrom,
    boolean applies) {}
