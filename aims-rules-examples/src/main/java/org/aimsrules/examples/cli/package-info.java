/** The {@code aims-rules} command-line program. */
package org.aimsrules.examples.cli;
