// hirecalc's inline start-up script, written into the <head> of every page
// (cmd/hirecalc/head.go). The Content-Security-Policy allows it by the
// sha256 hash of its bytes, which Go computes from this file: edit it
// freely, the hash follows. It runs while the page is parsed, before
// anything is painted and before go-app's deferred app.js, and does two
// things:
//
// 1. Web Storage that is missing or throws (sandboxed iframes, blocked
//    third-party storage) is replaced by in-memory stand-ins. go-app reads
//    window.localStorage when app.wasm starts; if that threw, the app would
//    mount but never answer.
// 2. It never lets the page present an answer prerendered for another
//    input than its own. The page's #hc-app records the query it was
//    prerendered for (data-query, its view keys only); the static site prerenders the default
//    input only, and the service worker may answer any link with that page
//    offline. When the link's inputs (or, on a bare link, the inputs the
//    device remembers, which app.wasm will restore) differ, <html> gets
//    the class hc-pending before the first paint: the stylesheet hides the
//    prerendered answer and shows "Working out the answer for this link…",
//    boot.js fills the form with the link's inputs, and app.wasm removes
//    the class once it shows the link's own answer. The embed view opened
//    at /?embed=1 on a page prerendered as the full site moves to the
//    widget's own page, embed.html, without painting the full site.
(function () {
  "use strict";
  var root = document.documentElement;

  function memoryStorage() {
    var data = new Map();
    return {
      get length() {
        return data.size;
      },
      key: function (i) {
        var keys = Array.from(data.keys());
        return i >= 0 && i < keys.length ? keys[i] : null;
      },
      getItem: function (k) {
        k = String(k);
        return data.has(k) ? data.get(k) : null;
      },
      setItem: function (k, v) {
        data.set(String(k), String(v));
      },
      removeItem: function (k) {
        data.delete(String(k));
      },
      clear: function () {
        data.clear();
      },
    };
  }

  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      var s = window[name];
      if (!s) {
        throw new Error(name + " is unavailable");
      }
      s.setItem("hirecalc-probe", "1");
      s.removeItem("hirecalc-probe");
    } catch (err) {
      try {
        Object.defineProperty(window, name, {
          value: memoryStorage(),
          configurable: true,
          enumerable: true,
          writable: false,
        });
        window.hirecalcMemoryStorage = true;
      } catch (ignored) {
        // Nothing more can be done; the page still shows its answer.
      }
    }
  });

  // The input keys (boot.js uses them too), and the keys that change what
  // a page shows: Go writes both lists from package embed.
  var inputKeys = (window.hirecalcInputKeys = /*INPUT_KEYS*/[]);
  var viewKeys = /*VIEW_KEYS*/[];

  function value(params, key) {
    return params.getAll(key).join(",");
  }

  function sameView(a, b) {
    var pa = new URLSearchParams(a);
    var pb = new URLSearchParams(b);
    return viewKeys.every(function (k) {
      return value(pa, k) === value(pb, k);
    });
  }

  function hasInputs(q) {
    var p = new URLSearchParams(q || "");
    return inputKeys.some(function (k) {
      return p.has(k);
    });
  }

  function check(app) {
    var q = location.search.slice(1);
    var embedView = app.classList.contains("hc-embed");
    var wantsEmbed = /\/embed\.html$/.test(location.pathname) ||
      /^(1|yes|true|on|y)$/i.test((new URLSearchParams(q).get("embed") || "").trim());
    if (wantsEmbed && !embedView) {
      root.classList.add("hc-moving");
      location.replace(new URL("embed.html" + location.search, location.href).href);
      return;
    }
    if (!embedView && !hasInputs(q)) {
      try {
        var saved = localStorage.getItem("hirecalc:query");
        if (hasInputs(saved)) {
          q = saved;
        }
      } catch (ignored) {
        // No memory: the link's own inputs count.
      }
    }
    if (!sameView(q, app.getAttribute("data-query") || "")) {
      root.classList.add("hc-pending");
      window.hirecalcPending = q;
    }
  }

  // #hc-app, the first element of <body>, is checked as soon as the
  // parser inserts it: mutation observers run before the browser paints.
  var observer = new MutationObserver(function () {
    var app = document.getElementById("hc-app");
    if (app) {
      observer.disconnect();
      check(app);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
})();
