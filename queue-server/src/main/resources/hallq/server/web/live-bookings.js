"use strict";
// phone2 (issue 17): the live view's bookings of the day per zone and slot (booked, checked in, no-show, cancelled),
// from the day's statistics (op `stats`, its `bookings`), which live.js asks for again after each change of a
// ticket (a check-in is one); and once a minute, since a booking becomes a no-show by the clock alone.
HQ.liveBookings = (function () {
  const EVERY_MS = 60 * 1000;

  /** A bare number: the box is narrow, and the heading says they are people. */
  const n = v => HQ.figure(v == null ? "—" : v);

  /** Only slots someone booked, then the zone's total: a day of 8 slots in 2 zones still fits the box. */
  function render(stats) {
    const table = HQ.$("live-bookings");
    if (!table) return;
    const b = stats && stats.bookings;
    const rows = [];
    ((b && b.zones) || []).forEach(z => {
      (z.slots || []).filter(s => s.booked > 0).forEach(s => {
        rows.push(HQ.row([HQ.zoneName(z.id), s.slot, n(s.booked), n(s.checkedIn), n(s.noShow), n(s.cancelled)],
          "booking-" + z.id + "-" + s.slot));
      });
      const total = HQ.row([HQ.zoneName(z.id), HQ.t("bk_allDay"), n(z.booked), n(z.checkedIn), n(z.noShow),
        n(z.cancelled)], "booking-" + z.id);
      total.classList.add("total");
      rows.push(total);
    });
    HQ.table(table, ["zone", "bk_slot", { key: "bk_booked", num: true }, { key: "bk_checkedIn", num: true },
      { key: "bk_noShow", num: true }, { key: "bk_cancelled", num: true }], rows);
    table.classList.toggle("dense", rows.length > 10); // a busy day's slots still fit the box
    HQ.$("live-bookings-none").hidden = rows.length > 0 && !!b && b.booked > 0;
  }

  setInterval(() => {
    if (document.body.classList.contains("in") && HQ.live && HQ.live.refreshStats) HQ.live.refreshStats(0);
  }, EVERY_MS);

  return { render: render };
})();
