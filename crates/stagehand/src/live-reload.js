// Added to pages by `stagehand serve` only: reload after a rebuild, and show
// a content error over the page until it is fixed.
(function () {
  var events = new EventSource("/__stagehand/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problem", function (e) {
    var box = document.getElementById("stagehand-problem");
    if (!box) {
      box = document.createElement("div");
      box.id = "stagehand-problem";
      box.setAttribute("role", "alert");
      // Both scroll, so both can be reached and scrolled by keyboard.
      box.tabIndex = 0;
      box.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:1000;background:#fff;border:5px solid #d4351c;padding:10px;color:#0b0c0c;font:16px/1.4 Arial,sans-serif";
      var said = document.createElement("p");
      said.style.cssText = "margin:0 0 10px";
      said.textContent = "The content has a problem, so the site was not rebuilt. Fix it and save: this page reloads by itself.";
      // The report keeps its lines whole, so the pointer under the line
      // stays under the mistake: on a phone it scrolls sideways instead.
      var report = document.createElement("pre");
      report.style.cssText = "margin:0;white-space:pre;overflow-x:auto;font:13px/1.35 monospace";
      report.tabIndex = 0;
      box.append(said, report);
      document.body.prepend(box);
    }
    box.querySelector("pre").textContent = e.data;
  });
})();
