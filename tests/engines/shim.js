// The engines tier's page shim: shimmedCopy (tests/engines/driver.mjs) puts it before the app's
// own scripts in a private copy of the build; it is never part of a build. It reads its orders from
// sessionStorage (`engines.cfg`), which survives reloads in the same tab, so a reload keeps
// the same clock and spies. Plain ES2017 so every engine runs it as it is.
//
// - A frozen clock: with `engines.now` set, Date.now() and new Date() return that instant and
//   move only when the test calls __engines.advance(ms). Timers, animation frames and the audio
//   clock stay real: the app measures time from Date timestamps (deadline - now), so moving the
//   instant is all a fast-forward needs, and no engine's timer machinery is replaced.
// - Spies that record without changing behaviour: AudioContext creation and resume (and whether
//   a click was being dispatched at that moment: the tap the browser's autoplay rule needs),
//   oscillator starts on the audio clock, speech queued, vibrations, downloads (blob text and
//   file name; the download itself is skipped), uncaught errors and console.error.
// - Emulations the test asks for: hide optional APIs (to show a fallback where the engine has
//   them), an iPhone's navigator, an installed (standalone) display mode, a beforeinstallprompt.
(function () {
  'use strict';
  var S = window.sessionStorage;
  var cfg = {};
  try { cfg = JSON.parse(S.getItem('engines.cfg') || '{}') || {}; } catch (e) { cfg = {}; }
  var E = window.__engines = {
    cfg: cfg, contexts: [], resumes: [], beeps: [], speech: [], vibrations: [], downloads: [], blobs: {},
    prompts: [], errors: [],
  };
  // Which page an error came from, in real time (the clock below may be frozen): its address,
  // when it started, whether a service worker controls it and whether it was already being
  // left (pagehide), so an error from a page on its way out is told from one on the page shown.
  var started = Math.round(performance.timeOrigin || 0);
  var leaving = false;
  window.addEventListener('pagehide', function () { leaving = true; });
  function where() {
    return ' [on ' + location.href + ' (page of ' + started +
      ', +' + Math.round(performance.now()) + ' ms, ' + document.readyState +
      (navigator.serviceWorker && navigator.serviceWorker.controller ? ', worker-controlled' : '') +
      (leaving ? ', after pagehide' : '') + ')]';
  }
  // Errors survive a reload, so a journey sees one thrown just before it.
  function keepError(text) {
    text += where();
    E.errors.push(text);
    try {
      var kept = JSON.parse(S.getItem('engines.errors') || '[]');
      kept.push(text);
      S.setItem('engines.errors', JSON.stringify(kept));
    } catch (e) { /* storage full: the in-page list still has it */ }
  }
  window.addEventListener('error', function (ev) {
    var at = ev.filename ? ' at ' + ev.filename + ':' + ev.lineno + ':' + ev.colno : '';
    var stack = ev.error && ev.error.stack ? ' stack: ' + ev.error.stack : '';
    keepError('error: ' + (ev.message || ev.error) + at + stack);
  });
  window.addEventListener('unhandledrejection', function (ev) { keepError('rejection: ' + (ev.reason && ev.reason.stack || ev.reason)); });
  var consoleError = console.error;
  console.error = function () {
    keepError('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };

  // The frozen clock.
  if (S.getItem('engines.now') !== null) {
    var RealDate = window.Date;
    var now = Number(S.getItem('engines.now'));
    var FakeDate = function Date(a, b, c, d, e, f, g) {
      if (!(this instanceof FakeDate)) return new RealDate(now).toString();
      var n = arguments.length;
      var date = n === 0 ? new RealDate(now) : n === 1 ? new RealDate(a) : new RealDate(a, b, c === undefined ? 1 : c,
        d || 0, e || 0, f || 0, g || 0);
      return date;
    };
    FakeDate.prototype = RealDate.prototype;
    FakeDate.now = function () { return now; };
    FakeDate.UTC = RealDate.UTC;
    FakeDate.parse = RealDate.parse;
    window.Date = FakeDate;
    E.now = function () { return now; };
    E.advance = function (ms) { now += ms; S.setItem('engines.now', String(now)); return now; };
  }

  var hide = cfg.hide || [];
  function remove(obj, name) {
    // Own property or on the prototype chain: shadow it with undefined, as an engine without it reads.
    try { Object.defineProperty(obj, name, { value: undefined, configurable: true, writable: true }); } catch (e) { /* fixed */ }
  }
  if (hide.indexOf('vibrate') >= 0) remove(navigator, 'vibrate');
  if (hide.indexOf('wakeLock') >= 0) remove(navigator, 'wakeLock');
  if (hide.indexOf('speechSynthesis') >= 0) remove(window, 'speechSynthesis');
  if (hide.indexOf('persist') >= 0 && navigator.storage) remove(navigator.storage, 'persist');

  if (cfg.language) {
    // What WebKitGTK reports under the C locale ("C"), which Intl rejects.
    Object.defineProperty(navigator, 'language', { get: function () { return cfg.language; }, configurable: true });
    Object.defineProperty(navigator, 'languages', { get: function () { return [cfg.language]; }, configurable: true });
  }
  if (cfg.ios) {
    // What Safari on an iPhone reports (no install prompt event, navigator.standalone exists).
    var ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    Object.defineProperty(navigator, 'userAgent', { get: function () { return ua; }, configurable: true });
    Object.defineProperty(navigator, 'platform', { get: function () { return 'iPhone'; }, configurable: true });
    Object.defineProperty(navigator, 'maxTouchPoints', { get: function () { return 5; }, configurable: true });
    Object.defineProperty(navigator, 'standalone', { get: function () { return !!cfg.standalone; }, configurable: true });
    // iOS has no install prompt event: the engine's own (Chromium's) never reaches the app.
    window.addEventListener('beforeinstallprompt', function (ev) { ev.stopImmediatePropagation(); }, true);
  }
  if (cfg.standalone) {
    var realMatch = window.matchMedia.bind(window);
    window.matchMedia = function (q) {
      if (/display-mode:\s*standalone/.test(q)) {
        return { matches: true, media: q, onchange: null, addListener: function () {}, removeListener: function () {},
          addEventListener: function () {}, removeEventListener: function () {}, dispatchEvent: function () { return false; } };
      }
      return realMatch(q);
    };
  }
  if (cfg.installPrompt) {
    // Chromium fires beforeinstallprompt once the page is installable; here it comes on cue,
    // after the app has had time to listen, in every engine.
    E.offerInstall = function (outcome) {
      var ev = new Event('beforeinstallprompt', { cancelable: true });
      var choose;
      ev.userChoice = new Promise(function (resolve) { choose = resolve; });
      ev.platforms = ['web'];
      ev.prompt = function () {
        E.prompts.push(Date.now());
        choose({ outcome: outcome || 'accepted', platform: 'web' });
        return Promise.resolve({ outcome: outcome || 'accepted' });
      };
      window.dispatchEvent(ev);
      return ev.defaultPrevented;
    };
  }

  // Which tap, if any, is being dispatched right now: window.event is set only while a
  // listener runs, so a context made in a later task reads no click.
  function tapping() {
    var ev = window.event;
    return !!(ev && (ev.type === 'click' || ev.type === 'pointerup' || ev.type === 'touchend' || ev.type === 'keydown'));
  }

  var RealAC = window.AudioContext || window.webkitAudioContext;
  if (RealAC) {
    var SpyAC = function AudioContext(opts) {
      var ctx = opts === undefined ? new RealAC() : new RealAC(opts);
      E.contexts.push({ inTap: tapping(), at: Date.now(), state: ctx.state });
      E.ctx = ctx;
      Object.setPrototypeOf(ctx, SpyAC.prototype);
      return ctx;
    };
    SpyAC.prototype = RealAC.prototype;
    window.AudioContext = SpyAC;
    var resume = RealAC.prototype.resume;
    RealAC.prototype.resume = function () {
      E.resumes.push({ inTap: tapping(), at: Date.now(), state: this.state });
      return resume.apply(this, arguments);
    };
    var setValueAtTime = AudioParam.prototype.setValueAtTime;
    AudioParam.prototype.setValueAtTime = function (v, t) { this.__value = v; return setValueAtTime.apply(this, arguments); };
    var Source = window.AudioScheduledSourceNode || window.OscillatorNode;
    var start = Source.prototype.start;
    Source.prototype.start = function (when) {
      E.beeps.push({ freq: this.frequency ? this.frequency.__value : null, when: when, now: this.context.currentTime,
        state: this.context.state, wall: Date.now() });
      return start.apply(this, arguments);
    };
  }

  if (window.speechSynthesis && window.speechSynthesis.speak) {
    var synth = window.speechSynthesis;
    var speak = synth.speak.bind(synth);
    synth.speak = function (u) {
      E.speech.push({ text: u.text, inTap: tapping(), lang: u.lang, wall: Date.now(), voices: synth.getVoices().length });
      return speak(u);
    };
    if (cfg.lateVoices) {
      // Voices that arrive after the page asked (as in Chromium and Safari): none until
      // __engines.releaseVoices(), then the engine's own and a voiceschanged event.
      var getVoices = synth.getVoices.bind(synth);
      var released = false;
      synth.getVoices = function () { return released ? getVoices() : []; };
      E.releaseVoices = function () {
        released = true;
        synth.dispatchEvent(new Event('voiceschanged'));
        return getVoices().length;
      };
    }
  }
  if (typeof navigator.vibrate === 'function') {
    var vibrate = navigator.vibrate.bind(navigator);
    navigator.vibrate = function (p) { E.vibrations.push(p); try { return vibrate(p); } catch (e) { return false; } };
  }

  var createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    var url = createObjectURL.apply(URL, arguments);
    if (blob && blob.text) blob.text().then(function (t) { E.blobs[url] = t; });
    return url;
  };
  var anchorClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    // A script-made download: recorded, not performed (no engine's download manager is needed).
    if (this.hasAttribute('download') && /^blob:/.test(this.href)) {
      E.downloads.push({ name: this.download, url: this.href });
      return;
    }
    return anchorClick.apply(this, arguments);
  };
})();
