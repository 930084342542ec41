// Charts: each <div data-chart="ID"> is drawn from the Vega-Lite JSON in <script id="ID">.
// The expression interpreter (ast: true) keeps the page free of eval under the CSP.
(function () {
  "use strict";
  function drawCharts(root) {
    if (typeof vegaEmbed === "undefined") return;
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
        formatLocale: {
          decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."]
        },
        timeFormatLocale: {
          dateTime: "%A den %d. %B %Y %X", date: "%d.%m.%Y", time: "%H:%M:%S",
          periods: ["AM", "PM"],
          days: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
          shortDays: ["søn", "man", "tir", "ons", "tor", "fre", "lør"],
          months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                   "september", "oktober", "november", "december"],
          shortMonths: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
                        "nov", "dec"]
        }
      }).catch(function (err) {
        el.textContent = "Diagrammet kunne ikke vises: " + err;
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSettle", function (e) { drawCharts(e.target); });
})();
