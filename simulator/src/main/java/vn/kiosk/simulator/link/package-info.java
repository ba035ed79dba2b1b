/**
 * Link timing: how long an APDU exchange between a PC/SC host and a contactless CCCD takes
 * ({@link vn.kiosk.simulator.link.LinkModel}: host and reader round trip, ISO/IEC 14443 frames on
 * air with chaining, the chip's own work), the presets ideal, desktop, fast and slow, and the
 * least time a full read can take on a link ({@link vn.kiosk.simulator.link.LinkLimit} over
 * {@link vn.kiosk.simulator.link.ReadPlan#minimal}). README.md in this directory documents every
 * parameter, its source, and which figures are assumptions.
 */
package vn.kiosk.simulator.link;
