/** JMH benchmarks of aims-rules; see docs/performance.md. */
package org.aimsrules.benchmarks;
