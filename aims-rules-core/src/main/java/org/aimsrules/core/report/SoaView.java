package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the Statement of Applicability says about a control.
 *
 * @param listed whether the control has an entry at all
 * @param included whether the entry includes the control
 * @param justification the stated justification
 * @param implementationStatus the stated implementation status
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SoaView(boolean listed, Boolean included, String justification,
    String implementationStatus) {
  /** The view for a control the Statement of Applicability does not list. */
  public static final SoaView NOT_LISTED = new SoaView(false, null, null, null);
}
