package org.aimsrules.core.report;

import java.util.Objects;
import org.aimsrules.core.internal.NaturalOrder;

/**
 * A reference to another framework that a finding also serves, e.g. EU AI Act {@code Art. 12}, NIST
 * AI RMF {@code MEASURE 2.4} or ISO/IEC 27001:2022 {@code 7.5.3}.
 *
 * @param framework framework name, one of {@link #EU_AI_ACT}, {@link #NIST_AI_RMF},
 *     {@link #ISO_IEC_27001}
 * @param id identifier within that framework
 */
public record Reference(String framework, String id) implements Comparable<Reference> {
  /** Regulation (EU) 2024/1689, the EU AI Act. */
  public static final String EU_AI_ACT = "EU AI Act";
  /** NIST AI Risk Management Framework 1.0. */
  public static final String NIST_AI_RMF = "NIST AI RMF";
  /** ISO/IEC 27001:2022. */
  public static final String ISO_IEC_27001 = "ISO/IEC 27001:2022";

  /** Checks the components. */
  public Reference {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(Reference o) {
    int c = framework.compareTo(o.framework);
    return c != 0 ? c : NaturalOrder.compare(id, o.id);
  }
}
