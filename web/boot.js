// hirecalc boot script. It is loaded without defer in <head>, so it runs
// before go-app's deferred app.js and app.wasm.
//
// 1. Web Storage that is missing or throws (sandboxed iframes, blocked
//    third-party storage, disabled storage) is replaced by in-memory
//    stand-ins. go-app reads window.localStorage when app.wasm starts; if
//    that threw, the app would mount but never answer. With the stand-ins
//    the app works, without memory.
// 2. It tells a real update (a new service worker taking over a page a
//    worker controlled) from the first worker claiming the page.
// 3. It gives app.wasm small helpers for the clipboard and downloads
//    (window.hirecalcCopy, window.hirecalcDownload): written in
//    JavaScript they cost app.wasm nothing.
// 4. Elements with a data-css attribute get that CSS as their inline
//    style through the CSSOM (window.hirecalcApplyCSS, called here for
//    the prerendered page and by app.wasm for the page it renders): the
//    Content-Security-Policy refuses style attributes, not the CSSOM.
//    The embed view's accent colours come this way.
// 5. Until app.wasm has mounted (data-app-ready on <body>), the prerendered
//    form is plain HTML and app.wasm replaces it when it starts. What is
//    typed meanwhile is mirrored into the address bar (history.replaceState,
//    in the format of the shareable query), where app.wasm reads it back:
//    nothing typed before the app is live is lost.
(function () {
  "use strict";

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
      var probe = "hirecalc-probe";
      s.setItem(probe, probe);
      s.removeItem(probe);
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

  // The service worker claims the page when it activates. On a first
  // visit that is not an update (go-app reports it as one): an update is a
  // new worker taking over a page that a worker already controlled.
  window.hirecalcUpdated = false;
  try {
    var sw = navigator.serviceWorker;
    var controlled = !!(sw && sw.controller);
    if (sw) {
      sw.addEventListener("controllerchange", function () {
        if (controlled) {
          window.hirecalcUpdated = true;
        }
        controlled = true;
      });
    }
  } catch (ignored) {
    // No service worker: no updates to announce.
  }

  // hirecalcCopy puts text on the clipboard, with html as its rich-text
  // flavour where the browser allows it, and calls done(true or false).
  window.hirecalcCopy = function (text, html, done) {
    function bySelection() {
      var ok = false;
      try {
        var ta = document.createElement("textarea");
        ta.value = text;
        ta.setAttribute("readonly", "");
        ta.style.position = "fixed";
        ta.style.opacity = "0";
        document.body.appendChild(ta);
        ta.select();
        ok = document.execCommand("copy");
        ta.remove();
      } catch (ignored) {
        ok = false;
      }
      return ok;
    }
    var clip = navigator.clipboard;
    if (!clip) {
      done(bySelection());
      return;
    }
    var plain = function () {
      return clip.writeText(text);
    };
    var copying;
    try {
      if (html && window.ClipboardItem && clip.write) {
        copying = clip
          .write([
            new ClipboardItem({
              "text/plain": new Blob([text], { type: "text/plain" }),
              "text/html": new Blob([html], { type: "text/html" }),
            }),
          ])
          .catch(plain);
      } else {
        copying = plain();
      }
    } catch (err) {
      copying = Promise.reject(err);
    }
    copying.then(
      function () {
        done(true);
      },
      function () {
        done(bySelection());
      }
    );
  };

  // hirecalcDownload saves text as a file; it returns false when the
  // browser refuses.
  window.hirecalcDownload = function (name, type, text) {
    try {
      var url = URL.createObjectURL(new Blob([text], { type: type }));
      var a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.style.display = "none";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () {
        URL.revokeObjectURL(url);
      }, 10000);
      return true;
    } catch (ignored) {
      return false;
    }
  };

  window.hirecalcApplyCSS = function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-css]"), function (el) {
      el.style.cssText = el.getAttribute("data-css");
    });
  };
  document.addEventListener("DOMContentLoaded", window.hirecalcApplyCSS);

  function appReady() {
    return document.body && document.body.hasAttribute("data-app-ready");
  }

  // formQuery encodes the form like the shareable query: one key per field,
  // the ticked boxes of a list (needs, where) as one comma-separated value.
  var lists = { needs: true, where: true };
  function formQuery(form) {
    var params = new URLSearchParams(window.location.search);
    var ticked = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled) {
        return;
      }
      if (lists[el.name]) {
        ticked[el.name] = ticked[el.name] || [];
        if (el.type === "checkbox" && el.checked) {
          ticked[el.name].push(el.value);
        }
        return;
      }
      if (el.type === "checkbox") {
        params.set(el.name, el.checked ? "1" : "0");
        return;
      }
      params.set(el.name, el.value);
    });
    Object.keys(ticked).forEach(function (name) {
      params.set(name, ticked[name].join(","));
    });
    return params.toString().replace(/%2C/g, ",");
  }

  function mirror(event) {
    if (appReady()) {
      return;
    }
    var form = event.target && event.target.form;
    if (!form || form.id !== "hc-form") {
      return;
    }
    try {
      var url = new URL(window.location.href);
      url.search = formQuery(form);
      history.replaceState(history.state, "", url.href);
      window.hirecalcFocus = event.target.id || "";
    } catch (ignored) {
      // Mirroring is a convenience; the form still submits.
    }
  }

  document.addEventListener("input", mirror, true);
  document.addEventListener("change", mirror, true);
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (appReady() || !form || form.id !== "hc-form") {
        return;
      }
      // Submitting before app.wasm runs reloads the page with the query,
      // which the server prerenders.
      event.preventDefault();
      var url = new URL(window.location.href);
      url.search = formQuery(form);
      window.location.assign(url.href);
    },
    true
  );
})();
