/**
 * The service module's published API: tickets with their SLA clock, escalation and skills-based routing,
 * the knowledge base and its automated answers, satisfaction surveys. Semantic versioning: a change that
 * breaks callers bumps the major version, an addition the minor one; the build's baseline check refuses a
 * change made without its bump.
 */
@Export
@Version("1.1.0")
package org.mosaiccrm.service.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
