/*! hirecalc embed loader. Message format version 1. MIT licence.
 *
 * <script src="https://HIRECALC-HOST/web/embed.js" data-team="5" data-lock="team"></script>
 *
 * Put the tag where the widget should appear. The loader inserts a
 * <div class="hirecalc-embed"> holding an iframe of hirecalc's embed view
 * (embed.html), keeps the iframe as tall as its content, and re-dispatches the widget's
 * messages (hirecalc:ready, hirecalc:resize, hirecalc:change, hirecalc:cta)
 * as bubbling CustomEvents on that div, with the message as event.detail.
 * The page changes inputs with div.hirecalc.set("team=3&stage=startup") or
 * by dispatching a "hirecalc:set" CustomEvent on the div with the query as
 * detail. Several widgets can share a page. See hirecalc's README, "Embed".
 */
(function () {
  "use strict";

  const VERSION = 1;
  const script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  let base;
  try {
    base = new URL("../", script.src);
  } catch (err) {
    return;
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") {
    return;
  }
  base.search = "";
  base.hash = "";
  const origin = base.origin;

  // Keys of the shareable query (presets) and of the embed options, as
  // data-KEY attributes; embed and id are the loader's.
  const INPUT_KEYS = ["team", "stage", "regulated", "owner", "needs", "level", "region", "currency", "period",
    "workplace", "company", "location", "apply", "benefits", "where", "paymin", "paymax", "paycurrency", "payperiod"];
  const OPTION_KEYS = ["lock", "hide", "sections", "accent", "theme", "cta", "ctalabel", "origins", "jsonld"];
  const ROLES = ["developer", "engineer", "hybrid", "standard"];
  const MAX_QUERY = 4096;
  const MAX_JSONLD = 65536;
  const MAX_HEIGHT = 100000;
  const ID = /^[A-Za-z0-9_-]{1,64}$/;

  const count = (window.hirecalcEmbeds = (window.hirecalcEmbeds || 0) + 1);
  const given = script.getAttribute("data-id");
  const id = given && ID.test(given) && !document.querySelector('[data-hirecalc-id="' + given + '"]')
    ? given
    : "hc" + count + "-" + Math.random().toString(36).slice(2, 8);

  const params = new URLSearchParams();
  params.set("embed", "1");
  params.set("id", id);
  INPUT_KEYS.concat(OPTION_KEYS).forEach((key) => {
    const v = script.getAttribute("data-" + key);
    if (v !== null) {
      params.set(key, v);
    }
  });

  const container = document.createElement("div");
  container.className = "hirecalc-embed";
  container.setAttribute("data-hirecalc-id", id);
  const iframe = document.createElement("iframe");
  iframe.title = script.getAttribute("data-title") || "Hiring calculator";
  iframe.setAttribute("loading", "lazy");
  iframe.setAttribute("allow", "clipboard-write");
  const h0 = parseInt(script.getAttribute("data-height") || "", 10);
  iframe.style.cssText = "display:block;border:0;width:100%;max-width:100%;min-width:0;height:" +
    (h0 > 0 && h0 <= MAX_HEIGHT ? h0 : 900) + "px";
  // embed.html is the widget's own page (Go's embed.Page): a static host
  // serves it prerendered as the widget, not as the full site.
  iframe.src = base.href + "embed.html?" + params.toString().replace(/%2C/g, ",");
  container.appendChild(iframe);
  script.parentNode.insertBefore(container, script);

  const isInt = (n, lo, hi) => typeof n === "number" && Math.floor(n) === n && n >= lo && n <= hi;
  const isStr = (s, max) => typeof s === "string" && s.length <= max;

  // check returns a clean copy of a message from the widget, or null when
  // it is not exactly one of the documented messages of this widget.
  function check(d) {
    if (!d || typeof d !== "object" || Array.isArray(d) || d.v !== VERSION || d.id !== id) {
      return null;
    }
    const m = { type: d.type, v: VERSION, id: id };
    switch (d.type) {
      case "hirecalc:ready":
      case "hirecalc:resize":
        if (!isInt(d.height, 0, MAX_HEIGHT)) {
          return null;
        }
        m.height = d.height;
        if (d.type === "hirecalc:resize") {
          return m;
        }
        if (!isStr(d.query, MAX_QUERY)) {
          return null;
        }
        m.query = d.query;
        return m;
      case "hirecalc:change": {
        const r = d.result;
        if (!isStr(d.query, MAX_QUERY) || !r || typeof r !== "object" || ROLES.indexOf(r.role) < 0 ||
            !isStr(r.title, 1200) || !isInt(r.payMin, 0, 1e8) || !isInt(r.payMax, r.payMin, 1e8) ||
            !isStr(r.currency, 3) || !isStr(r.period, 10) ||
            (d.jsonld !== undefined && !isStr(d.jsonld, MAX_JSONLD))) {
          return null;
        }
        m.query = d.query;
        m.result = {
          role: r.role, title: r.title, payMin: r.payMin, payMax: r.payMax,
          currency: r.currency, period: r.period,
        };
        if (isInt(r.costMin, 0, 2e8) && isInt(r.costMax, r.costMin, 2e8)) {
          m.result.costMin = r.costMin;
          m.result.costMax = r.costMax;
          m.result.costComplete = r.costComplete === true;
        }
        if (d.jsonld) {
          m.jsonld = d.jsonld;
        }
        return m;
      }
      case "hirecalc:cta":
        if (!isStr(d.href, 2000) || !/^https?:\/\//i.test(d.href)) {
          return null;
        }
        m.href = d.href;
        return m;
    }
    return null;
  }

  // JSON-LD for the host page: a search engine does not read it inside
  // the iframe. Only a JSON object of @type JobPosting is inserted, as
  // text, never as markup.
  let ld = null;
  function jsonLD(text) {
    if (!text) {
      if (ld) {
        ld.remove();
        ld = null;
      }
      return;
    }
    let obj;
    try {
      obj = JSON.parse(text);
    } catch (err) {
      return;
    }
    if (!obj || typeof obj !== "object" || Array.isArray(obj) || obj["@type"] !== "JobPosting") {
      return;
    }
    if (!ld) {
      ld = document.createElement("script");
      ld.type = "application/ld+json";
      ld.setAttribute("data-hirecalc-id", id);
      document.head.appendChild(ld);
    }
    // "<" escaped, so that the text stays inert even if the page is
    // serialised as HTML later.
    ld.textContent = JSON.stringify(obj).replace(/</g, "\\u003c");
  }
  const wantLD = /^(1|yes|true|on|y)$/i.test(script.getAttribute("data-jsonld") || "");

  let ready = false;
  let queue = [];
  function post(m) {
    if (iframe.contentWindow) {
      iframe.contentWindow.postMessage(m, origin);
    }
  }

  window.addEventListener("message", (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) {
      return;
    }
    const m = check(event.data);
    if (!m) {
      return;
    }
    if (m.height !== undefined && m.height > 0) {
      iframe.style.height = m.height + "px";
    }
    if (m.type === "hirecalc:ready") {
      ready = true;
      const q = queue;
      queue = [];
      q.forEach(post);
    }
    if (m.type === "hirecalc:change" && wantLD) {
      jsonLD(m.jsonld);
    }
    container.dispatchEvent(new CustomEvent(m.type, { bubbles: true, detail: m }));
  });

  // set asks the widget to change inputs: a query string ("team=3") or an
  // object of input keys ({ team: 3, needs: ["apis", "data"] }).
  function set(query) {
    let q;
    if (typeof query === "string") {
      q = query.replace(/^\?/, "");
    } else if (query && typeof query === "object") {
      const p = new URLSearchParams();
      INPUT_KEYS.forEach((k) => {
        if (Object.prototype.hasOwnProperty.call(query, k)) {
          const v = query[k];
          p.set(k, Array.isArray(v) ? v.join(",") : String(v));
        }
      });
      q = p.toString().replace(/%2C/g, ",");
    }
    if (!q || q.length > MAX_QUERY) {
      throw new TypeError("hirecalc: set needs a query string or an object of input keys");
    }
    const m = { type: "hirecalc:set", v: VERSION, id: id, query: q };
    if (ready) {
      post(m);
    } else {
      queue.push(m);
    }
  }

  container.addEventListener("hirecalc:set", (event) => {
    const d = event.detail;
    try {
      set(d && typeof d === "object" && typeof d.query === "string" ? d.query : d);
    } catch (err) {
      if (window.console) {
        console.warn(err.message);
      }
    }
  });

  container.hirecalc = Object.freeze({ version: VERSION, id: id, origin: origin, iframe: iframe, set: set });
})();
