/** Implementation details; not API. Anything here may change without notice. */
package org.aimsrules.core.internal;
