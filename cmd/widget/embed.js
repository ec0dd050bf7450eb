// The one-line embed of the Baotou innovation-award self-assessment, for the park's
// website:
//
//   <div data-baotou-widget data-lang="zh"></div>
//   <script src="https://park.example/widget/embed.js" async></script>
//
// It puts the widget's iframe (?embed=1) in each such element, keeps the iframe's height
// fitted to its content, and tells the widget which part of it the host's window shows,
// so that the widget keeps its totals bar in view while the user answers. The messages
// carry sizes and positions only: no answer ever leaves the frame.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var base = new URL(".", script.src);
  var origin = base.origin;

  function embed(host) {
    if (host.getAttribute("data-baotou-widget-ready")) {
      return;
    }
    host.setAttribute("data-baotou-widget-ready", "true");
    var src = new URL("./?embed=1", base);
    var lang = host.getAttribute("data-lang");
    if (lang) {
      src.searchParams.set("lang", lang);
    }
    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = host.getAttribute("data-title") || (lang === "en" ? "Innovation measures self-assessment" : "稀土高新区科技创新八条措施自评");
    frame.style.cssText = "display:block;width:100%;border:0;height:1200px";

    // The part of the frame the window shows, in the frame's own pixels.
    function view() {
      var r = frame.getBoundingClientRect();
      var top = Math.max(0, -r.top);
      var bottom = Math.min(r.height, window.innerHeight - r.top);
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: "baotou-widget:view", top: top, height: Math.max(0, bottom - top) }, origin);
      }
    }

    window.addEventListener("message", function (e) {
      if (e.origin !== origin || e.source !== frame.contentWindow || !e.data) {
        return;
      }
      if (e.data.type === "baotou-widget:height" && e.data.height > 0) {
        frame.style.height = Math.ceil(e.data.height) + "px";
        view();
      } else if (e.data.type === "baotou-widget:scroll") {
        window.scrollTo({ top: window.scrollY + frame.getBoundingClientRect().top + e.data.top - 8 });
      } else if (e.data.type === "baotou-widget:reveal") {
        // A control took the focus: the browser scrolled it into the window, maybe to its
        // foot, where the widget's totals bar stands. Scroll on until it is clear of it.
        var r = frame.getBoundingClientRect();
        var free = Math.min(window.innerHeight, r.bottom) - e.data.bar - 8;
        if (r.top + e.data.bottom > free) {
          window.scrollBy(0, r.top + e.data.bottom - free);
        } else if (r.top + e.data.top < 0) {
          window.scrollBy(0, r.top + e.data.top - 8);
        }
      }
    });
    document.addEventListener("scroll", view, { capture: true, passive: true });
    window.addEventListener("resize", view);
    frame.addEventListener("load", view);
    host.appendChild(frame);
  }

  function all() {
    var hosts = document.querySelectorAll("[data-baotou-widget]");
    for (var i = 0; i < hosts.length; i++) {
      embed(hosts[i]);
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", all);
  } else {
    all();
  }
})();
