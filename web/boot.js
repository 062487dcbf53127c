// hirecalc boot script. It is deferred, like go-app's app.js, and runs
// after it, once the page is parsed; app.wasm starts later still. (What
// must run earlier, the Web Storage stand-ins and the mark of a page
// prerendered for another input, is the inline script of cmd/hirecalc's
// head.js.)
//
// 1. It tells a real update (a new service worker taking over a page a
//    worker controlled) from the first worker claiming the page.
// 2. It gives app.wasm small helpers for the clipboard and downloads
//    (window.hirecalcCopy, window.hirecalcDownload): written in
//    JavaScript they cost app.wasm nothing.
// 3. Elements with a data-css attribute get that CSS as their inline
//    style through the CSSOM (window.hirecalcApplyCSS, called here for
//    the prerendered page and by app.wasm for the page it renders): the
//    Content-Security-Policy refuses style attributes, not the CSSOM.
//    The embed view's accent colours come this way.
// 4. Until app.wasm has mounted (data-app-ready on <body>), the prerendered
//    form is plain HTML and app.wasm replaces it when it starts. What is
//    typed meanwhile is mirrored into the address bar (history.replaceState,
//    in the format of the shareable query), where app.wasm reads it back:
//    nothing typed before the app is live is lost.
// 5. A page prerendered for another input than its link's (head.js set
//    window.hirecalcPending to the link's query) gets the link's inputs in
//    its form, and in the embed view the link's options (theme, accent,
//    sections, hidden and locked fields, call-to-action), while its answer
//    stays hidden behind "Working out the answer for this link…" until
//    app.wasm shows it. The embed view also tells the host page its
//    height from the start (hirecalc:resize), so the widget's frame has its
//    height before app.wasm runs and keeps it when app.wasm starts.
// 6. The embed options' rules it applies are package embed's, written
//    once here for the snippet builder too (window.hirecalcEmbedRules).
(function () {
  "use strict";

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

  // 5. A page prerendered for another input, and the embed view's height.
  // The rules below are package embed's and the form's (app/ui/form.go),
  // for the few seconds before app.wasm runs; app.wasm then renders the
  // page from the query by the Go rules, and the browser tests compare
  // the two (TestFirstPaint).

  var yes = /^(1|yes|true|on|y)$/i;
  // The input keys, written by Go into head.js.
  var embedKeys = window.hirecalcInputKeys || [];
  var postingKeys = ["company", "apply", "benefits", "paymin", "paymax", "where"];
  var lockedHint = " Set by this site.";

  function byId(id) {
    return document.getElementById(id);
  }

  // list returns the known items of a comma-separated option value, in
  // lower case.
  function list(v, known) {
    return (v || "").split(",").map(function (s) {
      return s.trim().toLowerCase();
    }).filter(function (s) {
      return known.indexOf(s) >= 0;
    });
  }

  // fillForm gives the form the inputs of params, as app.wasm would show
  // them: typed text as it is, choices as understood (a value no option
  // has stays as an extra option, marked), ticked boxes.
  function fillForm(params) {
    var form = byId("hc-form");
    if (!form) {
      return;
    }
    Array.prototype.forEach.call(form.elements, function (el) {
      var key = el.name;
      if (!key || el.type === "hidden" || !params.has(key)) {
        return;
      }
      var v = lists[key] ? params.getAll(key).join(",") : params.get(key);
      if (el.type === "checkbox" && key === "paysource") {
        // The estimate's mark counts only with a range (hiring's pay).
        el.checked = (yes.test(v.trim()) || v.trim().toLowerCase() === "estimate") &&
          /^\d+$/.test((params.get("paymin") || "").trim()) && /^\d+$/.test((params.get("paymax") || "").trim());
        return;
      }
      if (el.type === "checkbox") {
        el.checked = lists[key] ? list(v, [el.value]).length > 0 : yes.test(v.trim());
        return;
      }
      if (el.tagName === "SELECT") {
        var want = v.trim().toLowerCase();
        var opt = Array.prototype.find.call(el.options, function (o) {
          return o.value.toLowerCase() === want;
        });
        if (!opt) {
          opt = document.createElement("option");
          opt.value = v;
          opt.textContent = "\u201c" + v + "\u201d (not recognised)";
          el.insertBefore(opt, el.firstChild);
        }
        el.value = opt.value;
        return;
      }
      el.value = v;
    });
    // The range's currency is the shown currency unless the link says.
    var payCurrency = byId("in-paycurrency");
    if (payCurrency && !params.has("paycurrency") && params.has("currency")) {
      var shown = byId("in-currency");
      if (shown && shown.value) {
        payCurrency.value = shown.value;
      }
    }
    var posting = byId("posting-fields");
    var currency = (params.get("currency") || "usd").trim().toLowerCase();
    if (posting && (postingKeys.some(function (k) {
      return (params.get(k) || "").trim() !== "";
    }) || ((params.get("paycurrency") || currency).trim().toLowerCase() !== currency) ||
      ((params.get("payperiod") || "year").trim().toLowerCase() !== "year"))) {
      posting.open = true;
    }
  }

  // parseColor is embed.ParseColor: "#rgb" or "#rrggbb", as "#rrggbb" in
  // lower case, else "".
  function parseColor(s) {
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(s)) {
      return "";
    }
    var hex = s.slice(1).toLowerCase();
    if (hex.length === 3) {
      hex = hex.replace(/./g, "$&$&");
    }
    return "#" + hex;
  }

  // contrastText is embed.ContrastText: black or white, whichever
  // contrasts more with the colour c, by the WCAG 2 ratio.
  function contrastText(c) {
    var l = [1, 3, 5].map(function (i) {
      var v = parseInt(c.slice(i, i + 2), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var lum = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    return (lum + 0.05) * (lum + 0.05) > 1.05 * 0.05 ? "#000000" : "#ffffff";
  }

  // parseCTA is embed.ParseCTA: an absolute http or https address with a
  // host, no user or password, no spaces, backslashes or control
  // characters, at most 2000 bytes; else "".
  function parseCTA(s) {
    if (s.length > 2000 || /[\s\u0000-\u001f\u007f-\u009f\\\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(s)) {
      return "";
    }
    try {
      var u = new URL(s);
      if ((u.protocol === "http:" || u.protocol === "https:") && u.host && !u.username && !u.password &&
          /^https?:\/\//i.test(s)) {
        return s;
      }
    } catch (ignored) {
      // Not an address.
    }
    return "";
  }

  // cleanText is embed's cleanText: control and bidirectional formatting
  // characters become spaces, the ends are trimmed.
  function cleanText(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, " ").trim();
  }

  function hide(el) {
    if (el) {
      el.hidden = true;
    }
  }

  // applyEmbed gives the embed view the options of params, as
  // renderEmbed (app/ui/embed.go) would.
  function applyEmbed(app, params) {
    var theme = (params.get("theme") || "").trim().toLowerCase();
    if (theme === "light" || theme === "dark" || theme === "auto") {
      app.setAttribute("data-theme", theme);
    }
    var accent = parseColor((params.get("accent") || "").trim());
    if (accent) {
      app.style.cssText = "--accent:" + accent + ";--accent-text:" + contrastText(accent) + ";--bar-guide:" + accent +
        ";--accent-soft:color-mix(in srgb," + accent + " 16%,var(--surface))";
    }
    var sections = list(params.get("sections"), ["role", "pay", "jd"]);
    if (sections.length > 0) {
      var rec = byId("rec");
      if (sections.indexOf("role") < 0 && rec) {
        hide(rec.closest(".rec-wrap"));
      }
      if (sections.indexOf("pay") < 0) {
        hide(byId("pay"));
      }
      if (sections.indexOf("jd") < 0) {
        hide(document.querySelector(".embed-jd"));
      }
    }
    var hidden = list(params.get("hide"), embedKeys);
    list(params.get("lock"), embedKeys).concat(hidden).forEach(function (k) {
      var field = byId("in-" + k);
      if (!field) {
        return;
      }
      if (hidden.indexOf(k) >= 0) {
        hide(field.matches(".field") ? field : field.closest(".field"));
      }
      field.disabled = true;
      var hint = byId("hint-" + k);
      if (hint && hint.textContent.slice(-lockedHint.length) !== lockedHint) {
        hint.textContent += lockedHint;
      }
    });
    // A group whose fields are all hidden goes too.
    Array.prototype.forEach.call(document.querySelectorAll("#hc-form fieldset:not(.field), #posting-fields"), function (g) {
      var fields = g.querySelectorAll(".field");
      if (fields.length > 0 && Array.prototype.every.call(fields, function (f) {
        return f.closest("[hidden]") !== null;
      })) {
        hide(g);
      }
    });
    var cta = parseCTA((params.get("cta") || "").trim());
    var foot = document.querySelector(".embed-foot-in");
    if (cta && foot && !byId("hc-cta")) {
      var label = Array.from(cleanText(params.get("ctalabel") || "")).slice(0, 60).join("").trim();
      var a = document.createElement("a");
      a.id = "hc-cta";
      a.className = "button hc-cta";
      a.href = cta;
      a.target = "_blank";
      a.rel = "noopener";
      a.setAttribute("data-cta", "1");
      a.textContent = label || "Get in touch";
      foot.insertBefore(a, foot.firstChild);
    }
  }

  // parseOrigin is embed.ParseOrigin: a normalised http or https origin.
  function parseOrigin(s) {
    if (!/^(https?):\/\/([^/?#@\\\s]+)$/i.test(s)) {
      return "";
    }
    try {
      var o = new URL(s).origin;
      return o === "null" ? "" : o;
    } catch (ignored) {
      return "";
    }
  }

  // The option rules, for the snippet builder too (web/embed-builder.js).
  window.hirecalcEmbedRules = Object.freeze({
    cleanText: cleanText,
    parseColor: parseColor,
    parseCTA: parseCTA,
    parseOrigin: parseOrigin,
  });

  // reportHeight tells the host page the embed view's height, as
  // app.wasm does once it runs (startEmbed in app/ui/embed.go): to the
  // widget's origins, else to the parent's origin, else to any.
  function reportHeight(app, params) {
    if (window.parent === window || !window.ResizeObserver) {
      return;
    }
    var id = params.get("id") || "";
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      id = "";
    }
    var targets = (params.get("origins") || "").split(",").map(function (s) {
      return parseOrigin(s.trim());
    }).filter(function (o, i, all) {
      return o !== "" && all.indexOf(o) === i;
    }).slice(0, 20);
    if (targets.length === 0) {
      var ao = window.location.ancestorOrigins;
      targets = [ao && ao.length > 0 && ao[0] !== "null" ? ao[0] : "*"];
    }
    var last = -1;
    var observer = new ResizeObserver(function () {
      if (appReady() || !app.isConnected) {
        observer.disconnect();
        return;
      }
      var h = Math.ceil(app.getBoundingClientRect().bottom + window.scrollY);
      if (h === last || h <= 0) {
        return;
      }
      last = h;
      targets.forEach(function (t) {
        try {
          window.parent.postMessage({ type: "hirecalc:resize", v: 1, id: id, height: h }, t);
        } catch (ignored) {
          // A target the browser refuses: nothing to tell it.
        }
      });
    });
    observer.observe(app);
  }

  (function () {
    var app = byId("hc-app");
    if (!app || appReady()) {
      return;
    }
    var embedView = app.classList.contains("hc-embed");
    var pending = typeof window.hirecalcPending === "string";
    try {
      if (pending) {
        var params = new URLSearchParams(window.hirecalcPending);
        fillForm(params);
        if (embedView) {
          applyEmbed(app, params);
        }
        ["answer", "summary"].forEach(function (id) {
          var el = byId(id);
          if (el) {
            el.setAttribute("aria-busy", "true");
          }
        });
      }
    } finally {
      if (embedView) {
        reportHeight(app, new URLSearchParams(window.location.search));
      }
    }
  })();
})();
