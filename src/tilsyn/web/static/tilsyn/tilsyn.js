// Charts: each <div data-chart="ID"> is drawn from the Vega-Lite JSON in <script id="ID">.
// The expression interpreter (ast: true) keeps the page free of eval under the CSP.
(function () {
  "use strict";
  function drawCharts(root) {
    if (typeof vegaEmbed === "undefined") return;
    var localeSource = document.getElementById("chart-locale");
    var locale = localeSource ? JSON.parse(localeSource.textContent) : {};
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.drawn) return;
      var source = document.getElementById(el.dataset.chart);
      if (!source) return;
      el.dataset.drawn = "1";
      vegaEmbed(el, JSON.parse(source.textContent), {
        actions: false,
        defaultStyle: false,
        tooltip: { disableDefaultStyle: true },
        ast: true,
        renderer: "svg",
        // Danish number and date formats, defined once in Python (see charts_head.html).
        formatLocale: locale.format,
        timeFormatLocale: locale.time
      }).catch(function (err) {
        el.textContent = "Diagrammet kunne ikke vises: " + err;
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSettle", function (e) { drawCharts(e.target); });
})();
