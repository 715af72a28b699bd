package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;
import org.aimsrules.core.model.InternalAudit;

/**
 * An internal audit completed on or before the evaluation date: status completed or not stated, and
 * performed on a date no later than the evaluation date.
 *
 * <p>Derived by {@code derive/completed-audit}. One fact per audit.
 *
 * @param audit the audit
 * @param date the date it was performed on
 */
public record CompletedAudit(InternalAudit audit, LocalDate date) {
  /**
   * Hashes the audit's id and date only (equal facts have equal ids and dates).
   *
   * @return a hash of id and date
   */
  @Override
  public int hashCode() {
    return 31 * (audit == null ? 0 : java.util.Objects.hashCode(audit.id()))
        + java.util.Objects.hashCode(date);
  }
}
