package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A process of the AIMS (4.4, 8.1).
 */
@RecordBuilder
public record AimsProcess(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Label used in messages; required by the reader")
    @Required @JsonPropertyDescription("Name.")
    String name,
    @Evidence(value = {"9.2.1-b"}, when = "always: an absent kind is read as OTHER (implementing no clause or control by its kind), so audit coverage must then come from the audit naming the process or its controls (9.2.1/process-unaudited)", absentMeans = "OTHER")
    @JsonPropertyDescription("Kind of process.")
    ProcessType type,
    @Informational("Descriptive text; no requirement checks it")
    @JsonPropertyDescription("Purpose.")
    String purpose,
    @Evidence(value = {"4.4-1"}, when = "always, as an observation (4.4/process-owner-missing); the owner of the process description document also counts", alsoIn = {"/documents/*/ownerId"})
    @RefersTo(Person.class) @JsonPropertyDescription("Process owner.")
    String ownerId,
    @Evidence(value = {"8.1", "4.4"}, when = "Needed as the place the process criteria and method are documented when criteria are not listed on the record (8.1/process-without-criteria)", alsoIn = {"/processes/*/criteria"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the process description.")
    String documentId,
    @Evidence(value = {"8.1"}, when = "8.1-1 requires criteria for each process: needed when the process has no description document that holds them (8.1/process-without-criteria)", alsoIn = {"/processes/*/documentId"})
    @JsonPropertyDescription("Operating criteria for the process (8.1).")
    List<String> criteria,
    @Evidence(value = {"4.4-1"}, when = "always: 4.4 asks for the processes and their interactions; a process named by no other and naming none is isolated (4.4/process-isolated), and none recording any is 4.4/process-interactions-not-determined", alsoIn = {"/processes/*/interactsWith"})
    @RefersTo(AimsProcess.class) @JsonPropertyDescription("Processes it interacts with (4.4).")
    List<String> interactsWith,
    @Evidence(value = {"A.7.5", "A.7.2", "A.6.1.3", "A.6.2.6", "A.10.3", "A.3.3", "A.5.2", "A.8.3", "A.8.4", "A.9.2", "A.9.4", "6.1.1-5", "6.1.3"}, when = "always: a process naming a control is one way to show the documented process the control needs (A.7.5/no-provenance-process and the like, which also accept a process of the matching type), the integration of a treatment (6.1.1/treatment-not-integrated) and evidence of an implemented SoA entry (6.1.3/implemented-without-evidence)", alsoIn = {"/processes/*/controlIds", "/processes/*/type"})
    @ControlRef @JsonPropertyDescription("Annex A controls the process implements (8.1).")
    List<String> controlIds,
    @Informational("Declares the process externally provided (as a named supplier also does), which makes the 8.1 control of external processes apply to it; it evidences no control itself. Deleting it can only drop that demand, and a finding lost that way is a fail-open the deletion property reports")
    @JsonPropertyDescription("Whether the process is provided externally (8.1).")
    Boolean externallyProvided,
    @Evidence(value = {"8.1"}, need = Evidence.Need.APPLICABLE, when = "8.1-7: needed for an externally provided process (8.1/external-process-supplier-unknown)", onlyIf = "externallyProvided=true")
    @RefersTo(Supplier.class) @JsonPropertyDescription("Supplier providing it, if external.")
    String supplierId,
    @Evidence(value = {"8.1"}, need = Evidence.Need.APPLICABLE, when = "8.1-7: how an external process is controlled, needed unless the supplier has an agreement, agreed responsible-AI requirements or a review (8.1/external-process-not-controlled)", alsoIn = {"/suppliers/*/agreementDocumentId", "/suppliers/*/lastReviewedOn", "/suppliers/*/responsibleAiRequirementsAgreed"}, onlyIf = "externallyProvided=true")
    @JsonPropertyDescription("How an externally provided process is controlled.")
    String externalControl,
    @Evidence(value = {"8.1"}, when = "8.1-5: a dated run; absent now raises 8.1/process-never-performed and 8.1/process-records-missing unless records, an audit or monitoring show the process ran; an undated process also counts for 8.1/operational-records-not-in-register", alsoIn = {"/processes/*/recordsDocumentId", "/audits/*/processIds", "/monitoring/*/controlIds"})
    @JsonPropertyDescription("When it last ran.")
    LocalDate lastPerformedOn,
    @Evidence(value = {"8.1"}, when = "8.1-2/8.1-5: one of the accepted proofs that the process ran as planned", alsoIn = {"/processes/*/recordsDocumentId", "/audits/*/processIds", "/monitoring/*/controlIds"})
    @JsonPropertyDescription("Whether it ran as planned (8.1).")
    Boolean performedAsPlanned,
    @Evidence(value = {"8.1"}, when = "8.1-5: records that the process ran as planned (8.1/process-records-missing); also links DI-12; monitoring results on a control the process implements also show it ran", alsoIn = {"/processes/*/performedAsPlanned", "/audits/*/processIds", "/documents[type=OPERATIONAL_RECORDS]", "/monitoring/*/controlIds"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the records showing it ran as planned (8.1).")
    String recordsDocumentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public AimsProcess {
    criteria = ModelLists.copy(criteria, "criteria");
    interactsWith = ModelLists.copy(interactsWith, "interactsWith");
    controlIds = ModelLists.copy(controlIds, "controlIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static AimsProcessBuilder builder() {
    return AimsProcessBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public AimsProcessBuilder toBuilder() {
    return AimsProcessBuilder.builder(this);
  }
}
