/**
 * The AIMS fact model, version 1: immutable records describing what an organization has in place for
 * its AI management system. Entities carry stable ids and refer to each other by id. A component the
 * organization left out is {@code null} (or an empty list); rules reason about that absence.
 */
package org.aimsrules.core.model;
