// "Print this form": a button only where JavaScript runs, which printing from
// a button needs. Without it, the page says how to print instead.
(function () {
  var place = document.getElementById("print-form");
  if (!place) return;
  var button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  var words = JSON.parse((document.getElementById("stagehand-words") || {}).textContent || "{}");
  button.textContent = words["print-form"] || "Print this form";
  button.addEventListener("click", function () { window.print(); });
  place.textContent = "";
  place.appendChild(button);
})();
