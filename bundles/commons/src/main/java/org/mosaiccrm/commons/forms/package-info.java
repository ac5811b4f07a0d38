/**
 * Public web forms (web-to-lead, web-to-case): allowed origins, the fields a form posts, unknown fields refused.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.commons.forms;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
