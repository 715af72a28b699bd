/**
 * The derived vocabulary of the ISO/IEC 42001 catalog: facts its derivation rules ({@code
 * derive/...}) insert and every rule group matches, published so that the rules of any pack whose
 * rule base includes the catalog's can match them too (see {@code docs/vocabulary.md}).
 *
 * <p>Each type is a record with value equality: two equal facts are one fact to the engine's truth
 * maintenance, so a fact is derived once however many rules justify it. Every fact is inserted with
 * {@code insertLogical}, so that an incremental session retracts what a change of the model no
 * longer justifies. Records dated after the evaluation date do not exist for the vocabulary.
 *
 * <p>A fact about an AI system names it by its id and never carries the {@code AiSystem} record;
 * a rule that needs the system's fields joins {@code $s : AiSystem(id == $id)}. When a system's
 * record changes in an incremental session, the facts derived about it then come out equal and stay,
 * instead of being retracted and derived again with everything that rests on them.
 *
 * <p>The vocabulary fails closed: where the model leaves something unknown it takes the demanding
 * case, so that a gap in the model never silences a finding (the gap itself is reported by its own
 * rule):
 *
 * <ul>
 *   <li>{@link org.aimsrules.catalog.vocabulary.InScopeSystem}: a system the scope neither includes
 *       nor excludes with a justification, or any system when there is no scope section, is in
 *       scope;
 *   <li>{@link org.aimsrules.catalog.vocabulary.SystemRole}: a system without stated roles takes the
 *       organization's, and when neither states any, provider, producer and customer are all
 *       assumed;
 *   <li>{@link org.aimsrules.catalog.vocabulary.SystemInUse}: a system of unknown life-cycle stage
 *       is in use;
 *   <li>{@link org.aimsrules.catalog.vocabulary.EuAiActSystem}: a system that does not say whether
 *       the EU AI Act applies is an EU system when the organization is in the EU or states no
 *       jurisdictions;
 *   <li>{@link org.aimsrules.catalog.vocabulary.HighRiskSystem}: an EU system not classified under
 *       the Act is held to the high-risk bar.
 * </ul>
 *
 * <p>The other facts: {@link org.aimsrules.catalog.vocabulary.DevelopedSystem},
 * {@link org.aimsrules.catalog.vocabulary.CompletedRiskAssessment},
 * {@link org.aimsrules.catalog.vocabulary.CompletedImpactAssessment},
 * {@link org.aimsrules.catalog.vocabulary.LatestImpactAssessment},
 * {@link org.aimsrules.catalog.vocabulary.CompletedAudit},
 * {@link org.aimsrules.catalog.vocabulary.CompletedReview},
 * {@link org.aimsrules.catalog.vocabulary.SignificantChange},
 * {@link org.aimsrules.catalog.vocabulary.EuAiActHighRiskPhase},
 * {@link org.aimsrules.catalog.vocabulary.OverseerAssigned},
 * {@link org.aimsrules.catalog.vocabulary.DataUse},
 * {@link org.aimsrules.catalog.vocabulary.CompetenceEvidence},
 * {@link org.aimsrules.catalog.vocabulary.DocumentInForce} and
 * {@link org.aimsrules.catalog.vocabulary.ControlInForce}; each type's documentation names the rules
 * that derive it. {@link org.aimsrules.catalog.vocabulary.Vocabulary} holds the helpers the rules
 * share. A pack matches these facts and never inserts them.
 */
package org.aimsrules.catalog.vocabulary;
