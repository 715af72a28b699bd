package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;
import org.aimsrules.core.model.ManagementReview;

/**
 * A management review held on or before the evaluation date: status completed or not stated, and
 * held on a date no later than the evaluation date.
 *
 * <p>Derived by {@code derive/completed-review}. One fact per review.
 *
 * @param review the review
 * @param date the date it was held on
 */
public record CompletedReview(ManagementReview review, LocalDate date) {
  /**
   * Hashes the review's id and date only (equal facts have equal ids and dates).
   *
   * @return a hash of id and date
   */
  @Override
  public int hashCode() {
    return 31 * (review == null ? 0 : java.util.Objects.hashCode(review.id()))
        + java.util.Objects.hashCode(date);
  }
}
