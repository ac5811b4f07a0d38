/**
 * Errors a service may throw for the kernel to turn into RFC 9457 problem responses
 * (REST) or one-line messages (console): never a stack trace for bad input.
 */
@Export
@Version("1.4.0")
package org.mosaiccrm.kernel.api.problem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
