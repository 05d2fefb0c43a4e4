"use strict";
// The dashboard's frame: the manager token (asked once, kept for the browser session), the WebSocket as role
// manager (hello on every connection, reconnect with backoff), the views, the clock and the language.
(function () {
  const KEY = "hallq.managerToken";
  const VIEWS = ["live", "history", "followups", "report", "rectify"]; // rectify: rating (issue 20)
  const app = { ready: false, connected: false, view: "live", refused: null };
  window.hallqDashboard = app; // for tests and for a look in the console

  // ---- the link: requests by id, replies to their promise, events to the live view, all read by protocol.js ----
  const P = window.HallqProtocol;
  let ws = null;
  let failures = 0;
  let counter = 0;
  const prefix = Math.random().toString(36).slice(2, 8);
  const waiting = new Map();
  const notSent = message => ({ ok: false, code: P.ErrorCode.CLOSED, message: message, reason: null });
  HQ.link = {
    /**
     * Resolves to the decoded reply (HallqProtocol.readReply): {ok: true, value} or {ok: false, code, message};
     * `op` is one of HallqProtocol.Op.
     */
    request(op, args) {
      const id = "dash-" + prefix + "-" + (++counter);
      return new Promise(resolve => {
        waiting.set(id, { op: op, resolve: resolve });
        if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(Object.assign({ id: id, op: op }, args || {})));
        else resolve(notSent("not connected"));
      });
    }
  };

  async function serverTime() {
    try {
      const h = await (await fetch("/healthz", { cache: "no-store" })).json();
      if (h.now) HQ.clockOffset = Date.parse(h.now) - Date.now();
    } catch (ignored) { /* the socket's close says the server is away */ }
  }

  function connect() {
    ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    const helloId = "dash-hello-" + prefix + "-" + (++counter);
    ws.onopen = async () => {
      await serverTime();
      ws.send(JSON.stringify({ id: helloId, op: P.Op.HELLO, token: HQ.token }));
    };
    ws.onmessage = m => {
      const msg = P.parse(m.data);
      if (msg === null) return;
      const re = P.replyTo(msg);
      if (re === helloId) {
        const r = P.readWelcome(msg);
        if (r === null) { ws.close(); return; } // not the contract's hello reply (said in the console): again later
        if (!r.ok) { refuse("wrongToken"); return; }
        if (r.value.role !== P.Role.MANAGER) { refuse("notManager"); return; }
        failures = 0;
        sessionStorage.setItem(KEY, HQ.token);
        HQ.hall = r.value.hall;
        app.connected = true;
        show();
        HQ.live.hello(r.value);
      } else if (re !== undefined) {
        const w = waiting.get(re);
        waiting.delete(re);
        if (w) w.resolve(P.readReply(w.op, msg) || { ok: false, code: null, message: "not the contract's reply", reason: null });
      } else {
        const e = P.readEvent(msg); // null: a kind this page does not know, or malformed (said in the console)
        if (e) {
          HQ.live.event(e);
          HQ.rectify.event(e); // rating (issue 20): a 差评 item opened or moved, by anyone
        }
      }
    };
    ws.onclose = () => {
      waiting.forEach(w => w.resolve(notSent("connection closed")));
      waiting.clear();
      if (app.refused) return;
      app.connected = false;
      document.body.classList.add("down");
      failures++;
      const base = Math.min(10000, 250 * Math.pow(2, Math.min(failures, 6)));
      setTimeout(connect, base / 2 + Math.random() * base / 2);
    };
  }

  /** A token the hall does not know, or not a manager's: back to the token form, nothing kept. */
  function refuse(why) {
    app.refused = why;
    sessionStorage.removeItem(KEY);
    HQ.token = null;
    if (ws) ws.close();
    document.body.classList.remove("in");
    HQ.$("login-error").textContent = HQ.t(why);
    HQ.$("login-error").dataset.i18n = why;
    HQ.$("token").value = "";
    HQ.$("token").focus();
  }

  function start(token) {
    HQ.token = token;
    app.refused = null;
    HQ.$("login-error").textContent = "";
    connect();
  }

  // ---- views, clock, language ----
  let inited = false;
  function show() {
    document.body.classList.add("in");
    document.body.classList.remove("down");
    HQ.$("hall-name").textContent = HQ.hallName();
    tick(); // the hall's clock and zone are known now
    if (!inited) {
      inited = true;
      HQ.history.init();
      HQ.followups.init();
      HQ.report.init();
      HQ.caseFigures.init(); // cases2 (issue 18)
      HQ.rectify.init();
      HQ.appraisal.init();
    }
    select(app.view);
  }

  function select(view) {
    app.view = view;
    VIEWS.forEach(v => {
      HQ.$("view-" + v).hidden = v !== view;
      HQ.$("tab-" + v).classList.toggle("on", v === view);
    });
    window.dispatchEvent(new Event("resize")); // charts drawn while hidden take their size now
    if (view === "history" && !HQ.history.result()) HQ.history.load();
    if (view === "followups") HQ.followups.load();
    if (view === "report" && !HQ.report.result()) { HQ.report.load(); HQ.appraisal.load(); }
    if (view === "rectify") HQ.rectify.load();
  }

  function tick() {
    const p = HQ.parts(HQ.now());
    HQ.$("clock").textContent = p.hour + ":" + p.minute + ":" + p.second;
    HQ.$("date").textContent = p.year + "-" + p.month + "-" + p.day;
  }

  function language() {
    HQ.lang = HQ.lang === "zh" ? "en" : "zh";
    sessionStorage.setItem("hallq.lang", HQ.lang);
    HQ.translate();
    if (HQ.hall) HQ.$("hall-name").textContent = HQ.hallName();
    HQ.live.render();
    HQ.history.render();
    HQ.followups.render();
    HQ.report.render();
    HQ.rectify.render();
    HQ.appraisal.render();
  }

  document.addEventListener("DOMContentLoaded", () => {
    HQ.translate();
    VIEWS.forEach(v => { HQ.$("tab-" + v).onclick = () => select(v); });
    HQ.$("lang").onclick = language;
    HQ.$("login-lang").onclick = language;
    HQ.$("logout").onclick = () => { sessionStorage.removeItem(KEY); location.reload(); };
    HQ.$("login-form").onsubmit = ev => {
      ev.preventDefault();
      const t = HQ.$("token").value.trim();
      if (t) start(t);
    };
    tick();
    setInterval(tick, 1000);
    const kept = sessionStorage.getItem(KEY);
    if (kept) start(kept); else HQ.$("token").focus();
    app.ready = true;
  });
})();
