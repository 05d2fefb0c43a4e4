/**
 * What the three JavaFX terminals (kiosk, counter pad, caller display) share and the server does not: their command
 * line, their words, their timers and their link to the hall. Plain Java: no JavaFX here.
 */
package hallq.terminal;
