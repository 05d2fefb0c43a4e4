// The browser caller display (display.html): the hall file's display device over the WebSocket, as the JavaFX
// caller-display shows it; the voice is the browser's speechSynthesis.
"use strict";
(function () {
  const P = window.HallqProtocol; // protocol.js: the only way this page reads what the hall sends
  const params = new URLSearchParams(location.search);
  const device = params.get("device");
  // the token: from #token= (never sent to the server or in a Referer) or ?token=, then out of the address bar
  // at once (history, a screenshot of the page) and kept for this tab's session, so that a reload still works
  const TOKEN_KEY = "hallq.displayToken";
  const fragment = new URLSearchParams(location.hash.slice(1));
  const given = fragment.get("token") || params.get("token");
  if (given) sessionStorage.setItem(TOKEN_KEY, given);
  const token = given || sessionStorage.getItem(TOKEN_KEY) || "";
  if (params.has("token") || fragment.has("token")) {
    params.delete("token");
    fragment.delete("token");
    const query = params.toString();
    const rest = fragment.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + (rest ? "#" + rest : ""));
  }
  const onlyZones = (params.get("zones") || "").split(",").map(s => s.trim()).filter(s => s);
  const repeat = Math.max(1, parseInt(params.get("repeat") || "2", 10) || 2);
  const voiceOn = params.get("voice") !== "0" && "speechSynthesis" in window;
  const RECENT = 10;

  // the state, as the JavaFX model keeps it: from each hello's snapshot, then events newer than its seq
  const state = { hall: "", hallEn: "", calls: [], zones: [], seq: 0, connected: false, zoneNames: {} };
  window.hallqDisplay = state; // for tests and for a look in the console

  const shows = zone => onlyZones.length === 0 || onlyZones.includes(zone);
  // a call as the screen keeps it, from a decoded `called` event (HallqProtocol): the sentences are its announce
  const call = e => {
    const d = e.data;
    return { number: d.ticket.number, zone: d.ticket.zone, green: d.ticket.green, counterId: d.counter.id,
      counterName: d.counter.name || d.counter.id, counterNameEn: d.counter.nameEn || "", recall: d.recall,
      zh: d.announce.zh || "", en: d.announce.en || "" };
  };

  /** A decoded Welcome (HallqProtocol.readWelcome): the hall file's names, the snapshot, its seq. */
  function hello(w) {
    const info = w.hall.hall || {};
    state.hall = info.name || "";
    state.hallEn = info.nameEn || "";
    state.timezone = info.timezone || null;
    tick();
    state.zoneNames = {};
    (w.hall.zones || []).forEach(z => { state.zoneNames[z.id] = z.nameEn || ""; });
    state.zones = (w.snapshot.zones || []).filter(z => shows(z.id)).map(z => Object.assign({}, z));
    state.calls = [];
    (w.snapshot.recentCalls || []).filter(e => e.kind === P.EventKind.CALLED).forEach(e => {
      const c = call(e);
      if (shows(c.zone) && !state.calls.some(x => x.number === c.number)) state.calls.push(c);
    });
    state.calls = state.calls.slice(0, RECENT);
    state.seq = w.seq;
    state.connected = true;
    render(false);
  }

  /** A decoded event (HallqProtocol.readEvent). */
  function event(e) {
    if (e.seq <= state.seq) return;
    state.seq = e.seq;
    const d = e.data;
    if (e.kind === P.EventKind.CALLED) {
      const c = call(e);
      if (!shows(c.zone)) return;
      state.calls = [c].concat(state.calls.filter(x => x.number !== c.number)).slice(0, RECENT);
      render(true);
      say(c);
    } else if (e.kind === P.EventKind.QUEUE) {
      if (!shows(d.zone)) return;
      const z = state.zones.find(x => x.id === d.zone);
      if (z) {
        z.waiting = d.waiting; z.greenWaiting = d.greenWaiting; z.longestWaitSec = d.longestWaitSec;
      } else {
        state.zones.push({ id: d.zone, name: d.zone, waiting: d.waiting, greenWaiting: d.greenWaiting });
      }
      render(false);
    }
  }

  const $ = id => document.getElementById(id);
  const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; };

  function render(newCall) {
    document.body.classList.toggle("down", !state.connected);
    $("hall-name").textContent = state.hall || "HallQ";
    $("hall-name-en").textContent = state.hallEn;
    const box = $("call");
    const c = state.calls[0];
    box.classList.toggle("empty", !c);
    box.classList.toggle("recall", !!(c && c.recall));
    if (c) {
      $("number").textContent = c.number;
      $("window").textContent = c.counterName;
      // the server's sentences (the event's announce), the ones the voice says: the page makes none of its own
      $("newest-zh").textContent = c.zh;
      $("newest-en").textContent = c.en;
    }
    if (newCall) { box.classList.remove("blink"); void box.offsetWidth; box.classList.add("blink"); }
    const list = $("recent-list");
    list.replaceChildren();
    state.calls.slice(1, 7).forEach(x => {
      const row = el("div", "row");
      row.id = "recent-" + x.number;
      row.appendChild(el("span", "num" + (x.green ? " green" : ""), x.number));
      const w = el("span", "win", x.counterName);
      w.appendChild(el("span", "en", x.counterNameEn));
      row.appendChild(w);
      if (x.recall) row.appendChild(el("span", "tag", "重呼"));
      list.appendChild(row);
    });
    const zl = $("zone-list");
    zl.replaceChildren();
    state.zones.forEach(z => {
      const t = el("div", "zone");
      t.id = "zone-" + z.id;
      const names = el("div", "names");
      names.appendChild(el("div", "name", z.name));
      names.appendChild(el("div", "name-en en", z.nameEn || state.zoneNames[z.id] || ""));
      if (z.greenWaiting > 0) {
        const g = el("div", "green-tag", "绿色通道 " + z.greenWaiting + " Priority");
        g.id = "zone-" + z.id + "-green";
        names.appendChild(g);
      }
      t.appendChild(names);
      const w = el("div", "waiting", String(z.waiting));
      w.id = "zone-" + z.id + "-waiting";
      t.appendChild(w);
      t.appendChild(el("div", "unit", "人 waiting"));
      zl.appendChild(t);
    });
  }

  function tick() {
    // the hall's clock (its time zone from the hello), whatever the browser's own zone
    let parts = {};
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: state.timezone || undefined, hourCycle: "h23", year: "numeric",
        month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short" })
        .formatToParts(new Date()).forEach(x => { parts[x.type] = x.value; });
    } catch (e) {
      const d = new Date();
      parts = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(),
        minute: d.getMinutes(), second: d.getSeconds(), weekday: ["Sun","Mon","Tue","Wed","Thu","Fri","Sat"][d.getDay()] };
    }
    const p = n => String(n).padStart(2, "0");
    const wd = { Sun: "日", Mon: "一", Tue: "二", Wed: "三", Thu: "四", Fri: "五", Sat: "六" }[parts.weekday] || "";
    $("clock").textContent = p(parts.hour) + ":" + p(parts.minute) + ":" + p(parts.second);
    $("date").textContent = parts.year + "年" + (+parts.month) + "月" + (+parts.day) + "日 星期" + wd;
  }
  tick();
  setInterval(tick, 1000);

  // ---- voice: one queue, each utterance waits for the one before it (zh-CN, then en, `repeat` times) ----
  // The sentences are the server's (announce.zh, announce.en), the ones on the screen; the voice only spells
  // the ticket digit by digit (A007 → A 零零七), as halls say it, and marks a recall as the screen does.
  const DIGITS = "零一二三四五六七八九";
  function mandarin(c) {
    const number = c.number.split("").map(ch => /[0-9]/.test(ch) ? DIGITS[+ch] : " " + ch + " ").join("");
    return (c.recall ? "重呼，" : "") + c.zh.replace(c.number, " " + number.trim() + " ");
  }
  const english = c => (c.recall ? "Calling again. " : "") + c.en;
  const speech = [];
  let speaking = false;
  state.spoken = []; // what was queued for speech, in order (tests read it)
  state.said = []; // the texts queued, in order (tests read them)
  function say(c) {
    if (!voiceOn) return;
    for (let i = 0; i < repeat; i++) {
      speech.push({ lang: "zh-CN", text: mandarin(c) });
      speech.push({ lang: "en-US", text: english(c) });
    }
    state.spoken.push(c.number + (c.recall ? " recall" : ""));
    state.said.push(mandarin(c), english(c));
    next();
  }
  function voiceFor(lang) {
    const voices = speechSynthesis.getVoices();
    return voices.find(v => v.lang === lang) || voices.find(v => v.lang && v.lang.slice(0, 2) === lang.slice(0, 2)) || null;
  }
  function next() {
    if (speaking || speech.length === 0) return;
    const s = speech.shift();
    const u = new SpeechSynthesisUtterance(s.text);
    u.lang = s.lang;
    const v = voiceFor(s.lang);
    if (v) u.voice = v;
    speaking = true;
    const done = () => { if (speaking) { speaking = false; setTimeout(next, 300); } };
    u.onend = done;
    u.onerror = done;
    speechSynthesis.speak(u);
  }
  if (voiceOn) {
    const b = $("sound");
    b.hidden = false;
    b.onclick = () => { b.hidden = true; speechSynthesis.speak(new SpeechSynthesisUtterance("")); };
  }

  // ---- the link: hello on every connection, reconnect with backoff ----
  let failures = 0;
  function connect() {
    const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    const helloId = "display-hello-" + Date.now();
    ws.onopen = () => ws.send(JSON.stringify(Object.assign({ id: helloId, op: P.Op.HELLO, token: token,
      events: [P.EventKind.CALLED, P.EventKind.QUEUE] }, device ? { device: device } : {})));
    ws.onmessage = m => {
      const msg = P.parse(m.data);
      if (msg === null) return;
      const re = P.replyTo(msg);
      if (re === helloId) {
        const r = P.readWelcome(msg);
        if (r === null) return; // not the contract's hello reply: said in the console
        if (r.ok) { failures = 0; hello(r.value); }
        else { $("banner").firstChild.textContent = "无法登录 " + (device || "") + "（" + r.message + "）请检查 ?device= 与 ?token= "; }
      } else if (re === undefined) {
        const e = P.readEvent(msg); // null: a kind this page does not know, or malformed (said in the console)
        if (e) event(e);
      }
    };
    ws.onclose = () => {
      state.connected = false;
      render(false);
      failures++;
      const base = Math.min(10000, 250 * Math.pow(2, Math.min(failures, 6)));
      setTimeout(connect, base / 2 + Math.random() * base / 2);
    };
  }
  connect();
})();
