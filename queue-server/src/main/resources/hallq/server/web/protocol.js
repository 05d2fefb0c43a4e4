"use strict";
// The contract as the pages read it: every message from the hall goes through here and comes out decoded and
// frozen, or not at all. The pages read only what comes out, never the raw JSON.
//
// SCHEMA is not written by hand: the server puts it in at the marker (hallq.server.web.ProtocolScript), made from
// protocol's Java records (ProtocolSchema), so this decoder and the records cannot part. Its parts:
//   enums    name → {CONSTANT: wire name}
//   ops      {CONSTANT: wire name}
//   events   kind → record name
//   replies  op → record name (of the replies the pages read)
//   records  name → {field: {type, required}}; a type is "string" "integer" "number" "boolean" "any" "event",
//            {record: name}, {enum: name}, {list: type} or {map: type}
window.HallqProtocol = (function () {
  const SCHEMA = /*@schema@*/;

  /** What the hall sent is not the shape the records give it (Java's Json.Mismatch). */
  class Mismatch extends Error {}
  const fail = (path, what) => { throw new Mismatch(path + ": " + what); };
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const isObject = v => v !== null && typeof v === "object" && !Array.isArray(v);

  function deepFreeze(v) {
    if (v !== null && typeof v === "object") {
      Object.values(v).forEach(deepFreeze);
      Object.freeze(v);
    }
    return v;
  }

  function value(type, v, path) {
    if (type === "string") { if (typeof v !== "string") fail(path, "not a text"); return v; }
    if (type === "integer") { if (!Number.isInteger(v)) fail(path, "not a whole number"); return v; }
    if (type === "number") { if (typeof v !== "number" || !isFinite(v)) fail(path, "not a number"); return v; }
    if (type === "boolean") { if (typeof v !== "boolean") fail(path, "not true or false"); return v; }
    if (type === "any") return deepFreeze(v);
    if (type === "event") {
      const e = event(v, path);
      if (!e) fail(path, "an event of a kind this page does not know");
      return e;
    }
    if (has(type, "record")) return record(type.record, v, path);
    if (has(type, "enum")) {
      if (typeof v !== "string" || !Object.values(SCHEMA.enums[type.enum]).includes(v)) {
        fail(path, "not a " + type.enum + " (" + JSON.stringify(v) + ")");
      }
      return v;
    }
    if (has(type, "list")) {
      if (!Array.isArray(v)) fail(path, "not a list");
      return Object.freeze(v.map((x, i) => value(type.list, x, path + "[" + i + "]")));
    }
    if (has(type, "map")) {
      if (!isObject(v)) fail(path, "not an object");
      // fromEntries: a key like "__proto__" stays a key
      return Object.freeze(Object.fromEntries(Object.keys(v).map(k => [k, value(type.map, v[k], path + "." + k)])));
    }
    throw new Error("protocol.js does not know the type " + JSON.stringify(type));
  }

  /** Every field of the record, null where the hall left an optional one out; fields it does not name are dropped. */
  function record(name, v, path) {
    if (!isObject(v)) fail(path, "not an object (" + name + ")");
    const fields = SCHEMA.records[name];
    const out = {};
    Object.keys(fields).forEach(k => {
      const f = fields[k];
      const x = v[k];
      if (x === undefined || x === null) {
        if (f.required) fail(path + "." + k, "missing");
        out[k] = null;
      } else {
        out[k] = value(f.type, x, path + "." + k);
      }
    });
    return Object.freeze(out);
  }

  /** {kind, seq, at, data} (Java's Event), or null for a kind this page does not know. The envelope as EventJson has it. */
  function event(msg, path) {
    if (!isObject(msg) || typeof msg.event !== "string") fail(path, "not an event");
    if (!Number.isInteger(msg.seq)) fail(path + ".seq", "not a whole number");
    if (typeof msg.at !== "string") fail(path + ".at", "not a text");
    if (!has(SCHEMA.events, msg.event)) return null; // a newer server's kind: passed over
    return Object.freeze({ kind: msg.event, seq: msg.seq, at: msg.at, data: record(SCHEMA.events[msg.event], msg, path) });
  }

  function replyType(op) {
    if (!has(SCHEMA.replies, op)) throw new Error("protocol.js has no reply type for the op " + op);
    return SCHEMA.replies[op];
  }

  /** {re, ok: true, value} or {re, ok: false, code, message, reason} (Java's Refused). */
  function reply(op, msg) {
    if (!isObject(msg) || !has(msg, "re") || typeof msg.ok !== "boolean") fail("reply", "not a reply");
    if (msg.re !== null && typeof msg.re !== "string") fail("reply.re", "not a text");
    if (!msg.ok) {
      const e = msg.error;
      if (!isObject(e) || typeof e.code !== "string" || typeof e.message !== "string") fail("reply.error", "no code and message");
      return Object.freeze({ re: msg.re, ok: false, code: e.code, message: e.message,
        reason: typeof e.reason === "string" ? e.reason : null });
    }
    return Object.freeze({ re: msg.re, ok: true, value: record(replyType(op), msg, "reply") });
  }

  /** `read` with what it throws caught: a message the page cannot read is passed over, said in the console. */
  function safely(read, msg) {
    try {
      return read();
    } catch (e) {
      if (e instanceof Mismatch) console.warn("HallQ: passed over a message not of the contract's shape:", e.message, msg);
      else console.error("HallQ: could not read a message", e, msg);
      return null;
    }
  }

  /** Names that throw when a page asks for one the records do not have (a constant renamed or gone). */
  function names(table, what) {
    return new Proxy(Object.freeze(Object.assign({}, table)), {
      get(t, k) {
        if (typeof k === "string" && /^[A-Z][A-Z0-9_]*$/.test(k) && !has(t, k)) throw new Error("no " + what + " " + k);
        return t[k];
      }
    });
  }

  const api = {
    schema: deepFreeze(SCHEMA),
    Op: names(SCHEMA.ops, "op"),
    /** A frame's text as JSON, or null (said in the console) when it is none. */
    parse(text) {
      return safely(() => { try { return JSON.parse(text); } catch (e) { throw new Mismatch("not JSON"); } }, text);
    },
    /** The id a message answers, or undefined for an event. */
    replyTo(msg) { return isObject(msg) && has(msg, "re") ? msg.re : undefined; },
    /** A pushed event, decoded; null for a kind this page does not know or a malformed one (never throws). */
    readEvent(msg) { return safely(() => event(msg, "event"), msg); },
    /** A reply to `op` (HallqProtocol.Op.X), decoded; null when malformed (never throws). */
    readReply(op, msg) { return safely(() => reply(op, msg), msg); },
    /** The hello's reply: its value is the Welcome (role, device, hall, snapshot, seq). */
    readWelcome(msg) { return api.readReply(SCHEMA.ops.HELLO, msg); },
    /** What `op` answers as the HTTP API gives it (the record alone, no re/ok), decoded; null when malformed. */
    readResult(op, body) { return safely(() => record(replyType(op), body, op), body); }
  };
  Object.keys(SCHEMA.enums).forEach(name => { api[name] = names(SCHEMA.enums[name], name); });
  return Object.freeze(api);
})();
