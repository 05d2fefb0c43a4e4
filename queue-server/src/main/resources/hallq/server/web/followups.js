"use strict";
// The 差评 follow-up list: every rating of level 1–2 of a period, and a note saved for each (整改, 回访).
HQ.followups = (function () {
  let list = [];
  let loaded = null;

  const ask = HQ.periodQuery("f", "/api/followups");
  async function load() {
    const r = await ask();
    if (r) { list = r.badRatings; loaded = r.from + "/" + r.to; render(); }
  }

  async function save(item, input, msg) {
    if (!input.value.trim()) { msg.textContent = HQ.t("emptyNote"); return; }
    msg.textContent = "";
    try {
      const r = await HQ.api("/api/followups/" + item.id, { method: "POST",
        headers: { "Content-Type": "application/json" }, body: JSON.stringify({ note: input.value }) });
      item.followUp = r.followUp;
      render();
    } catch (e) {
      msg.textContent = HQ.t("error") + ": " + e.message;
    }
  }

  function render() {
    const table = HQ.$("f-table");
    const done = list.filter(x => x.followUp).length;
    HQ.$("f-summary").replaceChildren(HQ.el("span", null, HQ.t("badCount") + " "), HQ.count(list.length),
      HQ.el("span", null, " · " + HQ.t("done") + " "), HQ.count(done),
      HQ.el("span", null, " · " + HQ.t("pending") + " "), HQ.count(list.length - done));
    const rows = list.map(x => {
      const tr = HQ.row([HQ.stamp(x.ratedAt), x.number, HQ.zoneName(x.zone), HQ.counterName(x.counter, x.counterName),
        HQ.clerkName(x.clerk, x.clerkName), x.level + " " + HQ.t("r" + x.level),
        x.outcome ? HQ.t("out_" + x.outcome) : null, ""], "f-" + x.id.replace("/", "-"));
      tr.classList.add(x.followUp ? "followed" : "pending", "lvl" + x.level);
      const cell = tr.lastChild;
      const msg = HQ.el("span", "msg");
      if (x.followUp) {
        cell.appendChild(HQ.el("span", "note", x.followUp.note));
        cell.appendChild(HQ.el("span", "by", HQ.stamp(x.followUp.at) + " " + x.followUp.by));
        const edit = HQ.el("button", "small", HQ.t("edit"));
        edit.onclick = () => { x.oldNote = x.followUp.note; x.followUp = null; render(); };
        cell.appendChild(edit);
      } else {
        const input = HQ.el("input", "note-input");
        input.placeholder = HQ.t("notePlaceholder");
        input.maxLength = 1000;
        if (x.oldNote) input.value = x.oldNote;
        const b = HQ.el("button", "small save", HQ.t("save"));
        b.onclick = () => save(x, input, msg);
        input.onkeydown = ev => { if (ev.key === "Enter") save(x, input, msg); };
        cell.append(input, b);
      }
      cell.appendChild(msg);
      return tr;
    });
    HQ.table(table, ["time", "number", "zone", "window", "clerk", "level", "outcome", "followUp"], rows);
    HQ.$("f-empty").hidden = list.length > 0;
  }

  function init() {
    const today = HQ.today();
    if (!HQ.$("f-from").value) { HQ.$("f-from").value = HQ.addDays(today, -29); HQ.$("f-to").value = today; }
    HQ.$("f-query").onclick = load;
  }

  return { init: init, load: load, render: render, list: () => list, loaded: () => loaded };
})();
