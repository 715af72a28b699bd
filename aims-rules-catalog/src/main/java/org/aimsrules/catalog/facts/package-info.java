/** Reference facts the ISO/IEC 42001 pack inserts beside the model's facts; its rules match them. */
package org.aimsrules.catalog.facts;
