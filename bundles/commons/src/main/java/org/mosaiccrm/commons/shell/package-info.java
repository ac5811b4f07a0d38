/**
 * What every module's console commands share: a refusal is a {@link org.apache.karaf.shell.support.CommandException}
 * (one clean message, exit status 1 over SSH), a module that is not running says why instead of the
 * command disappearing, and progress is a line per step when nobody watches a terminal.
 */
@Export
@Version("1.1.0")
package org.mosaiccrm.commons.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
