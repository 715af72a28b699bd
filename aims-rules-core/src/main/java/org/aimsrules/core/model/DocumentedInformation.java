package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An item of documented information (7.5).
 */
@RecordBuilder
public record DocumentedInformation(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Evidence(value = {"7.5.2"}, when = "7.5.2-a identification; required by the reader")
    @Required @JsonPropertyDescription("Title.")
    String title,
    @Evidence(value = {"7.5.1", "6.1.2-2", "6.1.3-8"}, when = "which mandatory item the document is (7.5.1 a), among them the documented risk assessment and risk treatment processes (6.1.2, 6.1.3); items are also evidenced by links and additionalTypes. An absent type is read as OTHER: the document then evidences no mandatory item by its type (the item's rule fires when nothing else evidences it), is reviewed at intervals like any document that is not a record, and counts as the organization's own (it needs an owner)", alsoIn = {"/documents/*/additionalTypes"}, absentMeans = "OTHER")
    @JsonPropertyDescription("Type.")
    DocumentType type,
    @Informational("Descriptive; identification rests on title and version")
    @JsonPropertyDescription("Description.")
    String description,
    @Evidence(value = {"7.5.2"}, when = "7.5.2-a identification (7.5.2/document-not-identified) of a document that is not obsolete", onlyIf = "status!=OBSOLETE")
    @JsonPropertyDescription("Version.")
    String version,
    @Evidence(value = {"7.5.2", "7.5.3"}, when = "7.5.2/document-owner-missing for own documents, 7.5.3-d control of external ones (7.5.3/external-document-not-controlled); for documents that are not obsolete", onlyIf = "status!=OBSOLETE")
    @RefersTo(Person.class) @JsonPropertyDescription("Owner.")
    String ownerId,
    @Evidence(value = {"7.5.2"}, need = Evidence.Need.APPLICABLE, when = "7.5.2-c approval of a document in force (7.5.2/document-not-approved)", alsoIn = {"/documents/*/approverIds"}, onlyIf = "status!=OBSOLETE")
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved it.")
    String approvedBy,
    @Evidence(value = {"7.5.2"}, need = Evidence.Need.APPLICABLE, when = "7.5.2-c date of approval (7.5.2/document-not-approved)", onlyIf = "status!=OBSOLETE")
    @JsonPropertyDescription("When.")
    LocalDate approvedOn,
    @Evidence(value = {"7.5.2"}, need = Evidence.Need.APPLICABLE, when = "7.5.2-c review for suitability of documents (not records) in force; the due date follows from the last review, the approval or the stated next review (7.5.2/document-review-overdue)", alsoIn = {"/documents/*/nextReviewDue", "/documents/*/approvedOn"})
    @JsonPropertyDescription("Last review.")
    LocalDate reviewedOn,
    @Evidence(value = {"7.5.2"}, need = Evidence.Need.APPLICABLE, when = "7.5.2-c: a stated next review date; alternative to the interval from the last review", alsoIn = {"/documents/*/reviewedOn", "/documents/*/approvedOn"})
    @JsonPropertyDescription("Next review due.")
    LocalDate nextReviewDue,
    @Evidence(value = {"7.5.3"}, when = "Whether a document is in force or obsolete (7.5.3/obsolete-document-in-use); an absent status counts as in force, the strict case for approval and review checks", absentMeans = "ACTIVE")
    @JsonPropertyDescription("Status.")
    DocumentStatus status,
    @Evidence(value = {"7.5.2"}, when = "7.5.2-b format and media (7.5.2/document-format-not-defined) of a document that is not obsolete, needed unless a documented document-control process in force sets it for all documents", alsoIn = {"/processes[type=DOCUMENT_CONTROL]"}, onlyIf = "status!=OBSOLETE")
    @JsonPropertyDescription("Format and medium.")
    String format,
    @Evidence(value = {"7.5.3"}, when = "7.5.3-a/c1 availability and retrieval (7.5.3/document-location-not-defined), unless a documented document-control process in force addresses it", alsoIn = {"/processes[type=DOCUMENT_CONTROL]"})
    @JsonPropertyDescription("Where it is stored.")
    String location,
    @Evidence(value = {"7.5.3"}, when = "7.5.3-b/c1 protection and access (7.5.3/document-access-not-controlled, sensitive-document-not-access-controlled) of documents that are not public (an unclassified document counts as internal), unless a documented document-control process addresses it", alsoIn = {"/processes[type=DOCUMENT_CONTROL]"}, onlyIf = "confidentiality!=PUBLIC")
    @JsonPropertyDescription("Whether access is controlled.")
    Boolean accessControlled,
    @Evidence(value = {"7.5.3"}, when = "7.5.3-b protection: an absent class is treated like INTERNAL (still needs access control), so absence is covered by the access rule", absentMeans = "INTERNAL")
    @JsonPropertyDescription("Confidentiality class.")
    Confidentiality confidentiality,
    @Evidence(value = {"7.5.3"}, when = "7.5.3-c3 control of changes (7.5.3/document-not-version-controlled) of a document that is not obsolete, unless a documented document-control process addresses it", alsoIn = {"/processes[type=DOCUMENT_CONTROL]"}, onlyIf = "status!=OBSOLETE")
    @JsonPropertyDescription("Whether changes are under version control.")
    Boolean versionControlled,
    @Evidence(value = {"7.5.3"}, when = "7.5.3-c2 preservation (7.5.3/document-not-backed-up), unless a documented document-control process addresses it", alsoIn = {"/processes[type=DOCUMENT_CONTROL]"})
    @JsonPropertyDescription("Whether it is preserved against loss.")
    Boolean backedUp,
    @Evidence(value = {"7.5.3"}, when = "7.5.3-c4 retention (7.5.3/document-retention-not-defined), unless a documented document-control process addresses it; a stated period shorter than the audit cycle for a mandatory record is checked", alsoIn = {"/processes[type=DOCUMENT_CONTROL]"})
    @Minimum(0) @Maximum(1200) @JsonPropertyDescription("Retention period in months.")
    Integer retentionMonths,
    @Evidence(value = {"7.5.3"}, need = Evidence.Need.APPLICABLE, when = "7.5.3-d identifies external documents; also given by type EXTERNAL. Absent counts as own document, which must then have an owner (the stricter case)", absentMeans = "false")
    @JsonPropertyDescription("Whether it comes from outside the organization.")
    Boolean externalOrigin,
    @Evidence(value = {"7.5.1"}, when = "7.5.1-a: further items a document evidences; alternative to type and links", alsoIn = {"/documents/*/type"})
    @JsonPropertyDescription("Further types, when one document serves several purposes (fact model 1.1).")
    List<DocumentType> additionalTypes,
    @Informational("Further approvers; only widens accepted approval evidence")
    @RefersTo(Person.class) @JsonPropertyDescription("Further people who approved it, when several did (fact model 1.1).")
    List<String> approverIds) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public DocumentedInformation {
    additionalTypes = ModelLists.copy(additionalTypes, "additionalTypes");
    approverIds = ModelLists.copy(approverIds, "approverIds");
  }

  /**
   * Whether the document is of a type, as its {@code type} or one of its {@code additionalTypes}.
   *
   * @param t the type
   * @return true when the document serves that purpose
   */
  public boolean hasType(DocumentType t) {
    return t != null && (t == type || additionalTypes.contains(t));
  }

  /**
   * Whether anyone approved the document: {@code approvedBy} or one of {@code approverIds}.
   *
   * @return true when an approver is recorded
   */
  public boolean approved() {
    return approvedBy != null || !approverIds.isEmpty();
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static DocumentedInformationBuilder builder() {
    return DocumentedInformationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public DocumentedInformationBuilder toBuilder() {
    return DocumentedInformationBuilder.builder(this);
  }
}
