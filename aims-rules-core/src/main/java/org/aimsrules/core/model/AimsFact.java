package org.aimsrules.core.model;

/**
 * Marker for model records that the engine inserts into the rule session as facts of their own:
 * every {@link Entity} and every singleton section of the model (the AI policy, the scope, the
 * Statement of Applicability and its entries, ...). Nested value records (an impact inside an impact
 * assessment, a review output inside a management review) are reached through their parent.
 */
public interface AimsFact {}
