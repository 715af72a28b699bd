package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * Screening of an AI system against the prohibited practices of EU AI Act Art. 5.
 *
 * @param screenedOn When the screening was made.
 * @param practicesFound Prohibited practices the system performs; empty when none.
 * @param documentId Id of the screening record.
 */
public record ProhibitedPracticeScreening(
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "The EU AI Act applies to the system.", alsoIn = {"/aiSystems/*/euAiAct/prohibitedPracticeScreening/practicesFound"})
    @JsonPropertyDescription("When the screening was made.")
    LocalDate screenedOn,
    @Informational("The screening's result; an empty list means nothing was found, and the screening date is the evidence.")
    @JsonPropertyDescription("Prohibited practices the system performs; empty when none.")
    List<ProhibitedPractice> practicesFound,
    @Informational("Supporting record of the screening; the date shows it was done.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the screening record.")
    String documentId) {

  /** Normalizes absent lists to empty, immutable lists. */
  public ProhibitedPracticeScreening {
    practicesFound = ModelLists.copy(practicesFound, "practicesFound");
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.screenedOn = screenedOn;
    b.practicesFound = practicesFound;
    b.documentId = documentId;
    return b;
  }

  /** Builder for {@link ProhibitedPracticeScreening}. */
  public static final class Builder {
    private LocalDate screenedOn;
    private List<ProhibitedPractice> practicesFound;
    private String documentId;

    private Builder() {}

    /**
     * Sets {@code screenedOn}.
     *
     * @param value when the screening was made.
     * @return this builder
     */
    public Builder screenedOn(LocalDate value) {
      this.screenedOn = value;
      return this;
    }

    /**
     * Sets {@code practicesFound}.
     *
     * @param value prohibited practices the system performs; empty when none.
     * @return this builder
     */
    public Builder practicesFound(List<ProhibitedPractice> value) {
      this.practicesFound = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the screening record.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ProhibitedPracticeScreening build() {
      return new ProhibitedPracticeScreening(screenedOn, practicesFound, documentId);
    }
  }
}
