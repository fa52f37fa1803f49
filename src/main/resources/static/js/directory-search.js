// Directory search (/annuaire): announces the new count after htmx replaced the results, and moves the focus to
// the results when a page or filter link was followed. The page works without this file.
(function () {
  'use strict';
  var followedLink = false;

  document.addEventListener('htmx:beforeRequest', function (event) {
    var source = event.detail.elt;
    followedLink = !!(source && source.tagName === 'A');
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    if (!document.getElementById('recherche') || event.detail.target.id !== 'recherche') {
      return;
    }
    var count = document.getElementById('result-count');
    var status = document.getElementById('search-status');
    if (count && status) {
      status.textContent = count.textContent.replace(/\s+/g, ' ').trim();
    }
    if (followedLink) {
      var heading = document.getElementById('results-heading');
      if (heading) {
        heading.focus();
      }
    }
    followedLink = false;
  });
})();
