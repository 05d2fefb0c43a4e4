package hallq.kiosk.flow;

import hallq.kiosk.i18n.Bilingual;

/** One zone button on the home screen: its name and how many wait in it now. */
public record ZoneTile(String id, Bilingual name, int waiting) {
}
