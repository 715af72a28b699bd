/** The ISO/IEC 42001:2023 catalog and rule pack; start at {@link org.aimsrules.catalog.Iso42001}. */
package org.aimsrules.catalog;
