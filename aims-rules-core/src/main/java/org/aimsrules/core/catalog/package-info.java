/**
 * The data a rule pack carries besides its rules: requirements, per-rule metadata, requirements
 * declared not automatable, and crosswalks to other frameworks.
 */
package org.aimsrules.core.catalog;
