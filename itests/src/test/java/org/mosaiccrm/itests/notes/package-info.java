/**
 * A tiny CRM module used only by the tests (until real modules exist): it is built into its own
 * bundle and KAR at test time ({@code org.mosaiccrm.itests.support.TestPacks}) and gated by the
 * license feature {@code notes}, exactly as a real module is.
 */
package org.mosaiccrm.itests.notes;
