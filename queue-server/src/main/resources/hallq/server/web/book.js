// The booking page (contract section 9): zone -> day -> slot -> ID number (+ phone) -> code; see and cancel at
// /book#code=..&k=.. . Texts in both languages here, Chinese first; the server's refusals are shown by their reason.
(function () {
  'use strict';
  var T = {
    zh: { title: '预约取号', zone: '1. 选择办事区域', day: '2. 选择日期', slot: '3. 选择时段',
      id: '4. 身份证号码（18位）', phone: '手机号码（可不填，用于提醒）', book: '确认预约', free: '剩余 {n} 个',
      full: '已约满', extra: '延时', done: '预约成功', yours: '您的预约', code: '预约号',
      howTo: '请在预约时段开始前30分钟至结束后15分钟内，到大厅取号机点“预约取号”，输入预约号或身份证号。',
      keep: '请保存本页链接，可随时查看或取消预约。', cancel: '取消预约', cancelled: '预约已取消',
      qr: '到大厅后，可在取号机扫描此码签到', qrAlt: '预约二维码',
      state: { booked: '已预约', checked_in: '已取号', no_show: '已过期未到', cancelled: '已取消' },
      today: '今天', weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
      reasons: { ID_CHECK: '身份证号码最后一位不对，请核对后重新输入。', ID_FORMAT: '身份证号码应为18位，前17位是数字，最后一位是数字或X。',
        SLOT_FULL: '这个时段已约满，请选择其他时段。', ALREADY_BOOKED: '您这一天在这个区域已经有预约了，每人每天只能预约一次。',
        BOOKING_BLOCKED: '您近期多次预约未到，暂时不能预约。', SLOT_PAST: '这个时段已经过去了，请选择其他时段。',
        PHONE: '手机号码应为11位数字，例如 13812345678。', BOOKING_RATE: '操作太频繁，请一分钟后再试。',
        BAD_KEY: '这个预约链接不正确。', UNKNOWN_CODE: '没有找到这个预约。', NOT_BOOKED: '这个预约已不能取消。',
        DAY_RANGE: '这一天不能预约。', TOO_LONG: '输入的内容太长了。', other: '暂时无法完成，请稍后再试。' } },
    en: { title: 'Book a visit', zone: '1. Choose the service', day: '2. Choose the day', slot: '3. Choose the time',
      id: '4. Resident ID number (18 characters)', phone: 'Mobile number (optional, for a reminder)', book: 'Book',
      free: '{n} left', full: 'Full', extra: 'extra hours', done: 'Booked', yours: 'Your booking', code: 'Booking code',
      howTo: 'From 30 minutes before your time until 15 minutes after it ends, tap "Booking" at the hall\'s ticket kiosk and type the code or your ID number.',
      keep: 'Keep the link of this page to see or cancel the booking.', cancel: 'Cancel the booking',
      cancelled: 'The booking is cancelled',
      qr: 'At the hall, scan this code at the ticket kiosk to check in', qrAlt: 'QR code of the booking',
      state: { booked: 'booked', checked_in: 'ticket taken', no_show: 'missed', cancelled: 'cancelled' },
      today: 'Today', weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      reasons: { ID_CHECK: 'The last character of the ID number does not match. Please check the number.',
        ID_FORMAT: 'An ID number has 18 characters: 17 digits, then a digit or X.',
        SLOT_FULL: 'This time is fully booked. Please choose another.',
        ALREADY_BOOKED: 'You have a booking for this service on this day already (one a day).',
        BOOKING_BLOCKED: 'Several bookings were missed recently: booking is not possible for now.',
        SLOT_PAST: 'This time is over. Please choose another.', PHONE: 'A mobile number has 11 digits, e.g. 13812345678.',
        BOOKING_RATE: 'Too many tries. Please wait a minute.', BAD_KEY: 'This booking link is not right.',
        UNKNOWN_CODE: 'No such booking.', NOT_BOOKED: 'This booking can no longer be cancelled.',
        DAY_RANGE: 'This day cannot be booked.', TOO_LONG: 'That is too long.',
        other: 'This could not be done now. Please try again later.' } }
  };
  var lang = sessionStorage.getItem('hallq-book-lang') === 'en' ? 'en' : 'zh';
  var state = { zones: [], today: null, zone: null, day: null, slot: null, slots: [], booking: null, key: null,
    problem: null };
  var $ = function (id) { return document.getElementById(id); };
  var t = function () { return T[lang]; };

  function api(method, path, body) {
    return fetch(path, { method: method, headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { var e = new Error('refused'); e.reason = j.error && (j.error.reason || j.error.code); throw e; }
        return j;
      });
    });
  }
  function say(e) {
    state.problem = e ? (e.reason || 'other') : null;
    render();
    if (state.problem) { $('problem').scrollIntoView({ block: 'center' }); } // below the fold on a phone otherwise
  }
  function button(text, on, disabled, click) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = on ? 'on' : '';
    b.disabled = !!disabled;
    b.innerHTML = '';
    text.split('\n').forEach(function (line, i) {
      var s = document.createElement('span');
      if (i > 0) { s.className = 'free'; }
      s.textContent = line;
      b.appendChild(s);
    });
    b.addEventListener('click', click);
    return b;
  }
  function addDays(day, n) {
    var d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().substring(0, 10);
  }
  function dayText(day) {
    if (day === state.today) { return t().today; }
    var d = new Date(day + 'T00:00:00Z');
    return (d.getUTCMonth() + 1) + '/' + d.getUTCDate() + ' ' + t().weekdays[d.getUTCDay()];
  }
  function zoneName(id) {
    var z = state.zones.filter(function (x) { return x.id === id; })[0];
    return z ? (lang === 'en' && z.nameEn ? z.nameEn : z.name) : id;
  }

  function render() {
    var x = t();
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    $('lang').textContent = lang === 'en' ? '中文' : 'EN';
    $('title').textContent = x.title;
    $('zoneTitle').textContent = x.zone; $('dayTitle').textContent = x.day; $('slotTitle').textContent = x.slot;
    $('idLabel').textContent = x.id; $('phoneLabel').textContent = x.phone; $('bookBtn').textContent = x.book;
    $('cancelBtn').textContent = x.cancel; $('howTo').textContent = x.howTo; $('keepLink').textContent = x.keep;
    $('problem').textContent = state.problem ? (x.reasons[state.problem] || x.reasons.other) : '';
    var b = state.booking;
    $('form').hidden = !!b;
    $('done').hidden = !b;
    if (b) {
      $('doneTitle').textContent = b.state === 'booked' ? x.done : x.yours + ' · ' + (x.state[b.state] || b.state);
      $('code').textContent = b.code;
      $('summary').textContent = zoneName(b.zone) + ' · ' + dayText(b.day) + ' (' + b.day + ') · ' + b.slot;
      $('cancelBtn').hidden = b.state !== 'booked';
      $('howTo').hidden = b.state !== 'booked';
      $('keepLink').hidden = b.state !== 'booked';
      // phone2: the booking's link as a QR code (the server draws it, after checking the key)
      var qr = $('qr');
      var src = '/api/bookings/' + b.code + '/qr.svg?k=' + encodeURIComponent(state.key || '');
      qr.hidden = b.state !== 'booked' || !state.key;
      $('qrNote').hidden = qr.hidden;
      $('qrNote').textContent = x.qr;
      qr.alt = x.qrAlt;
      if (!qr.hidden && qr.getAttribute('src') !== src) { qr.src = src; }
      return;
    }
    var zones = $('zones');
    zones.textContent = '';
    state.zones.forEach(function (z) {
      zones.appendChild(button(lang === 'en' && z.nameEn ? z.nameEn : z.name, z.id === state.zone, false,
        function () { state.zone = z.id; state.day = null; state.slot = null; state.problem = null; render(); }));
    });
    $('dayPart').hidden = !state.zone;
    var days = $('days');
    days.textContent = '';
    var zone = state.zones.filter(function (z) { return z.id === state.zone; })[0];
    for (var i = 0; zone && i <= zone.daysAhead; i++) {
      (function (day) {
        days.appendChild(button(dayText(day), day === state.day, false, function () {
          state.day = day; state.slot = null; state.problem = null; loadSlots();
        }));
      })(addDays(state.today, i));
    }
    $('slotPart').hidden = !state.day;
    var slots = $('slots');
    slots.textContent = '';
    state.slots.forEach(function (s) {
      var label = s.slot + (s.extra ? ' ' + x.extra : '') + '\n' + (s.free > 0 ? x.free.replace('{n}', s.free) : x.full);
      slots.appendChild(button(label, s.slot === state.slot, s.free <= 0, function () {
        state.slot = s.slot; state.problem = null; render();
      }));
    });
    $('idPart').hidden = !state.slot;
  }

  function loadSlots() {
    api('GET', '/api/booking/slots?zone=' + encodeURIComponent(state.zone) + '&day=' + state.day).then(function (j) {
      state.slots = j.slots; render();
    }, say);
  }
  function book() {
    var body = { zone: state.zone, day: state.day, slot: state.slot,
      idCard: $('idCard').value.trim().toUpperCase() };
    var phone = $('phone').value.trim();
    if (phone) { body.phone = phone; }
    api('POST', '/api/bookings', body).then(function (j) {
      state.booking = j.booking; state.key = j.key; state.problem = null;
      // the booking's own link, to see and cancel it later; the fragment stays in the phone
      history.replaceState(null, '', '/book#code=' + j.booking.code + '&k=' + j.key);
      render();
    }, function (e) { say(e); if (e.reason === 'SLOT_FULL') { loadSlots(); } });
  }
  function cancel() {
    api('DELETE', '/api/bookings/' + state.booking.code + '?k=' + encodeURIComponent(state.key)).then(function (j) {
      state.booking = j.booking; state.problem = null; render();
    }, say);
  }
  $('lang').addEventListener('click', function () {
    lang = lang === 'en' ? 'zh' : 'en';
    sessionStorage.setItem('hallq-book-lang', lang);
    render();
  });
  $('bookBtn').addEventListener('click', book);
  $('cancelBtn').addEventListener('click', cancel);

  api('GET', '/api/booking/zones').then(function (j) {
    state.zones = j.zones; state.today = j.today;
    var m = /code=([0-9]+)&k=([A-Za-z0-9_-]+)/.exec(location.hash);
    if (m) {
      state.key = m[2];
      return api('GET', '/api/bookings/' + m[1] + '?k=' + encodeURIComponent(m[2])).then(function (b) {
        state.booking = b.booking; render();
      }, say);
    }
    render();
  }, say);
})();
