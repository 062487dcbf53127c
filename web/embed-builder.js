// hirecalc's snippet builder (web/embed-builder.html). The site owner picks
// the widget's presets and options, sees the real embed view live, and
// copies the one-line snippet. It writes the snippet exactly as Go's
// embed.ScriptSnippet does (the browser tests compare the two) and checks
// the options by the same rules as embed.ParseOptions; the widget checks
// them again, so a value this page let through is still refused there.
//
// It is a plain page, not part of app.wasm: only site owners use it, and
// every visitor of the calculator would otherwise download it.
(function () {
  "use strict";

  const INPUT_KEYS = ["team", "stage", "regulated", "owner", "needs", "level", "region", "currency", "period",
    "workplace", "company", "location", "apply", "benefits", "where", "paymin", "paymax", "paycurrency", "payperiod"];
  const LABELS = {
    team: "Engineers on the team", stage: "Company stage", regulated: "Regulated industry",
    owner: "Architecture owner", needs: "The work", level: "Level", region: "Where the hire lives",
    currency: "Currency", period: "Pay period", workplace: "Workplace", company: "Company name",
    location: "Office location", apply: "How to apply", benefits: "Benefits", where: "Pay-transparency laws",
    paymin: "Posted pay from", paymax: "Posted pay to", paycurrency: "Range currency", payperiod: "Range period",
  };
  const SECTIONS = ["role", "pay", "jd"];
  const DEFAULT_CTA_LABEL = "Get in touch";
  const MAX_CTA_LABEL = 60;
  const MAX_ORIGINS = 20;
  const PLACEHOLDER_BASE = "https://HIRECALC-HOST/";

  const $ = (id) => document.getElementById(id);

  // The option rules of package embed, shared with the widget's page
  // (web/boot.js, loaded before this script).
  const { cleanText, parseColor, parseCTA, parseOrigin } = window.hirecalcEmbedRules;

  // The lock and hide table.
  const rows = $("b-keys");
  INPUT_KEYS.forEach((k) => {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = LABELS[k];
    tr.appendChild(th);
    ["lock", "hide"].forEach((what) => {
      const td = document.createElement("td");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = "b-" + what + "-" + k;
      box.setAttribute("aria-label", (what === "lock" ? "Lock " : "Hide ") + LABELS[k]);
      td.appendChild(box);
      tr.appendChild(td);
    });
    rows.appendChild(tr);
  });
  $("b-base").value = location.origin + "/";

  // escapeHTML is Go's html.EscapeString.
  function escapeHTML(s) {
    return s.replace(/[&'<>"]/g, (c) => ({ "&": "&amp;", "'": "&#39;", "<": "&lt;", ">": "&gt;", '"': "&#34;" })[c]);
  }

  // escapeQuery is Go's url.QueryEscape with commas kept, as embed does.
  function escapeQuery(s) {
    return encodeURIComponent(s).replace(/%20/g, "+").replace(/[!'()*]/g,
      (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()).replace(/%2C/g, ",");
  }

  // base is embed.Base: scheme, host and path, ending in "/".
  function base(s) {
    let u;
    try {
      u = new URL(s.trim());
    } catch (err) {
      return "";
    }
    if ((u.protocol !== "http:" && u.protocol !== "https:") || !u.host || u.username || u.password) {
      return "";
    }
    let path = u.pathname;
    if (!path.endsWith("/")) {
      path += "/";
    }
    return u.protocol + "//" + u.host + path;
  }

  // options reads the choices: the option pairs in the order of
  // embed.OptionKeys, and the problems.
  function options() {
    const pairs = [];
    const problems = [];
    const lock = INPUT_KEYS.filter((k) => $("b-lock-" + k).checked);
    const hide = INPUT_KEYS.filter((k) => $("b-hide-" + k).checked);
    if (lock.length) {
      pairs.push(["lock", lock.join(",")]);
    }
    if (hide.length) {
      pairs.push(["hide", hide.join(",")]);
    }
    const secs = SECTIONS.filter((s) => $("b-sec-" + s).checked);
    if (secs.length === 0) {
      problems.push("Sections: no section is ticked; the widget shows them all.");
    } else if (secs.length < SECTIONS.length) {
      pairs.push(["sections", secs.join(",")]);
    }
    const accent = $("b-accent").value.trim();
    if (accent) {
      const c = parseColor(accent);
      if (c) {
        pairs.push(["accent", c]);
      } else {
        problems.push("Accent: “" + accent + "” is not a colour; write it as #rgb or #rrggbb, for example #0a66c2.");
      }
    }
    if ($("b-theme").value !== "auto") {
      pairs.push(["theme", $("b-theme").value]);
    }
    const ctaText = $("b-cta").value.trim();
    let cta = null;
    if (ctaText) {
      cta = parseCTA(ctaText);
      if (cta) {
        pairs.push(["cta", cta]);
      } else {
        problems.push("Cta: “" + ctaText + "” is not a full http or https address; give one such as https://example.com/jobs.");
      }
    }
    let label = cleanText($("b-ctalabel").value);
    if ([...label].length > MAX_CTA_LABEL) {
      problems.push("Ctalabel: the label is longer than " + MAX_CTA_LABEL + " characters; it was shortened.");
      label = [...label].slice(0, MAX_CTA_LABEL).join("").trim();
    }
    if (cta && label && label !== DEFAULT_CTA_LABEL) {
      pairs.push(["ctalabel", label]);
    } else if (!cta && label) {
      problems.push("Ctalabel: “" + label + "” has no link; give the call-to-action's address too.");
    }
    const origins = [];
    $("b-origins").value.split(",").map((s) => s.trim()).filter((s) => s).forEach((s) => {
      const o = parseOrigin(s);
      if (!o) {
        problems.push("Origins: “" + s + "” is not an origin; write it as https://example.com, without a path.");
      } else if (origins.indexOf(o) < 0 && origins.length < MAX_ORIGINS) {
        origins.push(o);
      }
    });
    if (origins.length) {
      pairs.push(["origins", origins.join(",")]);
    }
    if ($("b-jsonld").checked) {
      pairs.push(["jsonld", "1"]);
    }
    return { pairs: pairs, problems: problems };
  }

  // presets reads the preset inputs, in the order of embed.InputKeys.
  function presets() {
    let q = $("b-preset").value.trim();
    const i = q.indexOf("?");
    if (i >= 0) {
      q = q.slice(i + 1);
    }
    q = q.split("#")[0];
    let params;
    try {
      params = new URLSearchParams(q);
    } catch (err) {
      params = new URLSearchParams();
    }
    const company = $("b-company").value.trim();
    if (company) {
      params.set("company", company);
    }
    const pairs = [];
    INPUT_KEYS.forEach((k) => {
      if (params.has(k)) {
        pairs.push([k, params.get(k)]);
      }
    });
    return pairs;
  }

  let script = "";
  let iframe = "";

  function update() {
    const o = options();
    const p = presets();
    let b = base($("b-base").value);
    if (!b) {
      o.problems.push("Base: hirecalc's address is not an http or https address; the snippet uses " + PLACEHOLDER_BASE + ".");
      b = PLACEHOLDER_BASE;
    }
    const all = p.concat(o.pairs);
    script = '<script src="' + escapeHTML(b + "web/embed.js") + '"' +
      all.map((kv) => " data-" + kv[0] + '="' + escapeHTML(kv[1]) + '"').join("") + "></script>";
    const query = all.map((kv) => "&" + kv[0] + "=" + escapeQuery(kv[1])).join("");
    iframe = '<iframe src="' + escapeHTML(b + "embed.html?embed=1" + query) + '" title="Hiring calculator" width="100%"' +
      ' height="900" style="border:0;width:100%;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>';
    $("b-snippet").value = script;
    $("b-iframe").value = iframe;
    const list = $("b-problems");
    list.replaceChildren();
    o.problems.forEach((text) => {
      const li = document.createElement("li");
      li.textContent = text;
      list.appendChild(li);
    });
    list.hidden = o.problems.length === 0;
    $("b-status").textContent = "";
    const src = "/embed.html?embed=1&id=preview" + query;
    if ($("b-preview").getAttribute("src") !== src) {
      $("b-preview").setAttribute("src", src);
    }
  }

  // The preview reports its height like any widget; only messages of
  // the preview's own window and of this origin count.
  window.addEventListener("message", (event) => {
    const d = event.data;
    if (event.source !== $("b-preview").contentWindow || event.origin !== location.origin ||
        !d || typeof d !== "object" || d.v !== 1 || d.id !== "preview" ||
        (d.type !== "hirecalc:ready" && d.type !== "hirecalc:resize") ||
        typeof d.height !== "number" || !(d.height > 0)) {
      return;
    }
    $("b-preview").style.height = Math.min(Math.ceil(d.height), 4000) + "px";
  });

  function copy(text, what) {
    const status = $("b-status");
    const done = (ok) => {
      status.textContent = ok ? "Copied the " + what + "." : "Your browser did not allow copying: select the text and copy it.";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
    } else {
      done(false);
    }
  }

  $("b-form").addEventListener("change", update);
  $("b-copy").addEventListener("click", () => copy(script, "snippet"));
  $("b-copy-iframe").addEventListener("click", () => copy(iframe, "iframe"));
  $("b-use-last").addEventListener("click", () => {
    let q = "";
    try {
      q = window.localStorage.getItem("hirecalc:query") || "";
    } catch (err) {
      // storage blocked
    }
    if (!q) {
      $("b-status").textContent = "This browser has no answers of yours yet: answer the calculator first.";
      return;
    }
    $("b-preset").value = q;
    update();
  });
  update();
})();
