// Gide — progressive enhancements only: every page works without this file.
(function () {
  'use strict';

  // htmx requests carry the CSRF token of the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Modules register their enhancers here; each receives the document once it is ready.
  window.Gide = window.Gide || { enhancers: [] };
  document.addEventListener('DOMContentLoaded', function () {
    window.Gide.enhancers.forEach(function (enhance) { enhance(document); });
  });
})();
