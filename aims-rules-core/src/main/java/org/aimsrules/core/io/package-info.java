/**
 * Reading and validating AIMS models from JSON: {@link org.aimsrules.core.io.AimsModelReader}, the
 * problems it reports and the limits it enforces.
 */
package org.aimsrules.core.io;
