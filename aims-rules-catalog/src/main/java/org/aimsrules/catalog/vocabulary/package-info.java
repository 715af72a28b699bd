/**
 * The derived vocabulary of the ISO/IEC 42001 catalog: facts its derivation rules insert and any
 * rule pack's DRL may match (see docs/vocabulary.md).
 */
package org.aimsrules.catalog.vocabulary;
