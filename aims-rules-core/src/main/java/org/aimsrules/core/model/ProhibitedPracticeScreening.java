package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Screening of an AI system against the prohibited practices of EU AI Act Art. 5.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ProhibitedPracticeScreeningBuilder builder() {
    return ProhibitedPracticeScreeningBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ProhibitedPracticeScreeningBuilder toBuilder() {
    return ProhibitedPracticeScreeningBuilder.builder(this);
  }
}
