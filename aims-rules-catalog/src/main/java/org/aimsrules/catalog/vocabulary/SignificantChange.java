package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;

/**
 * A significant change of an AI system on a date no later than the evaluation date: the system's own
 * last significant change, or a significant change record (not rejected) implemented on that date
 * that names the system. The same system and date from both sources is one fact.
 *
 * <p>Derived by {@code derive/significant-change-of-system} and {@code derive/significant-change-record}.
 *
 * @param aiSystemId the system's id
 * @param date the date of the change
 */
public record SignificantChange(String aiSystemId, LocalDate date) {}
