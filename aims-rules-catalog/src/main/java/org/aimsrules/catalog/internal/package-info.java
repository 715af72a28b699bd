/** Implementation details of the catalog; not API. */
package org.aimsrules.catalog.internal;
