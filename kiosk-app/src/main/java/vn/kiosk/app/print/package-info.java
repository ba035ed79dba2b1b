/**
 * Printing the citizen's ticket or receipt.
 *
 * <p>The kiosk builds a {@link vn.kiosk.app.print.Ticket} (already localised), gets its printer once
 * with {@code Printers.from(PrinterConfig.parse(setting))} and calls
 * {@link vn.kiosk.app.print.TicketPrinter#print}, which never throws for device trouble. Outputs:
 * <ul>
 *   <li>an ESC/POS thermal printer in text mode, on a raw TCP port (9100) or a device file
 *       (/dev/usb/lp0), with Vietnamese in Windows-1258 ({@link vn.kiosk.app.print.EscPosCodePage})
 *       or, for printers without a Vietnamese table, ASCII without diacritics;</li>
 *   <li>PDF (or PNG) files, either as the only output or as the fallback when the printer fails
 *       ({@link vn.kiosk.app.print.FallbackPrinter}).</li>
 * </ul>
 *
 * <p>Nothing here logs or puts ticket contents into messages: values can be personal data.
 */
package vn.kiosk.app.print;
