// The World page: renders each "world" event of /api/events. Every value
// from the chain is untrusted text (anyone can name a hub), so the page
// builds elements and sets textContent, never HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function shortAddr(a) {
    return a && a.length > 12 ? a.slice(0, 6) + "…" + a.slice(-4) : a || "";
  }

  // An address shortened, the whole one in its title, and a copy button.
  function addr(a) {
    if (!a) return el("span", {}, "–");
    const btn = el("button", { type: "button", class: "copy", "aria-label": "Copy address " + a, title: "Copy " + a }, "copy");
    btn.addEventListener("click", () => copy(a, btn));
    return el("span", {}, el("span", { class: "addr", title: a }, shortAddr(a)), btn);
  }

  function copy(text, btn) {
    const done = (word) => {
      btn.textContent = word;
      setTimeout(() => { btn.textContent = "copy"; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(() => done("copied"), () => done("press Ctrl+C"));
    } else {
      done("press Ctrl+C");
    }
  }

  // A time in the reader's zone; the exact instant stays in datetime.
  function time(iso) {
    if (!iso) return el("span", {}, "–");
    const d = new Date(iso);
    if (isNaN(d.getTime())) return el("span", {}, iso);
    return el("time", { datetime: iso, title: d.toString() }, d.toLocaleString());
  }

  function snm(a) {
    return el("span", { title: a.wei + " wei" }, a.snm + " SNM");
  }

  function status(s) {
    return el("span", { class: "status status-" + s.replace(/[^A-Za-z]/g, "") }, s);
  }

  function fill(tbody, rows) {
    tbody.replaceChildren(...rows);
  }

  function render(w) {
    $("block").textContent = String(w.block);
    $("block-time").replaceChildren(time(w.block_time));
    $("supply").replaceChildren(snm(w.supply));
    $("treasury").replaceChildren(snm(w.treasury), " ", addr(w.dao));

    const hubs = w.hubs || [];
    $("hubs-count").textContent = "(" + hubs.length + ")";
    $("hubs-empty").hidden = hubs.length > 0;
    fill($("hubs").tBodies[0], hubs.map((h) =>
      el("tr", { "data-wallet": h.wallet },
        el("th", { scope: "row", class: "text" }, h.name || "(no name)"),
        el("td", {}, status(h.status)),
        el("td", {}, addr(h.wallet)),
        el("td", {}, addr(h.owner)),
        el("td", { class: "text" }, h.endpoint || "–"),
        el("td", {}, time(h.registered_at)),
        el("td", { class: "num" }, snm(h.stake_for)),
        el("td", { class: "num" }, snm(h.stake_against)))));

    const props = w.proposals || [];
    $("props-count").textContent = "(" + w.proposals_total + ")";
    $("props-empty").hidden = props.length > 0;
    fill($("proposals").tBodies[0], props.map((p) =>
      el("tr", { "data-id": p.id },
        el("th", { scope: "row", class: "text" }, p.description || "(no description)"),
        el("td", {}, status(p.state)),
        el("td", {}, time(p.vote_start)),
        el("td", {}, time(p.vote_end)),
        el("td", { class: "num" }, snm(p.for)),
        el("td", { class: "num" }, snm(p.against)),
        el("td", {}, addr(p.proposer)))));
  }

  function live(state, text) {
    const l = $("live");
    l.dataset.state = state;
    l.textContent = text;
  }

  function connect() {
    const es = new EventSource("/api/events");
    es.addEventListener("open", () => live("live", "live"));
    es.addEventListener("world", (ev) => {
      let w;
      try {
        w = JSON.parse(ev.data);
      } catch (e) {
        live("lost", "bad update from the console");
        return;
      }
      render(w);
      live("live", "live · block " + w.block);
    });
    es.addEventListener("error", () => {
      if (es.readyState === EventSource.CLOSED) {
        live("lost", "disconnected: if the console restarted, open the new URL it printed");
      } else {
        live("connecting", "reconnecting…");
      }
    });
  }

  connect();
})();
