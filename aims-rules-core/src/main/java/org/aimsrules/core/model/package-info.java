/**
 * The AIMS fact model, version 1: immutable records describing what an organization has in place for
 * its AI management system. Entities carry stable ids and refer to each other by id. A component the
 * organization left out is {@code null} (or an empty list); rules reason about that absence.
 *
 * <p>Each component is described once, in its {@code @JsonPropertyDescription}: the same text is the
 * description of the JSON Schema ({@code aims-rules schema}) and of {@code docs/fact-model.md}.
 *
 * <p>Every record has a builder, generated at compile time (by RecordBuilder, which is not needed at
 * run time) as {@code <Record>Builder} in this package, with one setter per component:
 *
 * <pre>{@code
 * AiSystem system = AiSystem.builder().id("sys-1").name("Claims triage").build();
 * AiSystem retired = system.toBuilder().lifecycleStage(LifecycleStage.RETIRED).build();
 * }</pre>
 */
package org.aimsrules.core.model;
