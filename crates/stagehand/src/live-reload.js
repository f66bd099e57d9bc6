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
      box.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:1000;background:#fff;border:5px solid #d4351c;padding:15px;font:16px/1.4 monospace;white-space:pre-wrap;color:#0b0c0c";
      document.body.prepend(box);
    }
    box.textContent = "The content has a problem, so the site was not rebuilt. Fix it and save: this page reloads by itself.\n\n" + e.data;
  });
})();
