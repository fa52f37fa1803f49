// Commune autocomplete: an ARIA 1.2 combobox over the JSON suggestions. Without this file the search form still
// submits and the server renders the results.
(function () {
  'use strict';

  function enhance(box) {
    var input = box.querySelector('input');
    var listbox = box.querySelector('[role="listbox"]');
    var status = document.getElementById(input.id + '-status');
    var endpoint = box.getAttribute('data-endpoint');
    var communeUrl = box.getAttribute('data-commune-url');
    var active = -1;
    var options = [];
    var timer = null;
    var request = 0;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    function announce(count) {
      if (!status) { return; }
      var key = count === 0 ? 'data-msg-none' : (count === 1 ? 'data-msg-one' : 'data-msg-many');
      status.textContent = (box.getAttribute(key) || '').replace('{0}', String(count));
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (option, i) { option.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    // In a form (data-commune-field names the hidden input of the code), choosing fills the field; on the
    // commune search, it opens the commune's page.
    var codeField = box.getAttribute('data-commune-field') ? document.getElementById(box.getAttribute('data-commune-field')) : null;
    if (codeField) {
      input.addEventListener('input', function () { codeField.value = ''; });
    }

    function choose(option) {
      if (codeField) {
        codeField.value = option.getAttribute('data-code');
        input.value = option.firstChild.textContent;
        close();
        return;
      }
      window.location.href = communeUrl + encodeURIComponent(option.getAttribute('data-code'));
    }

    function render(communes) {
      listbox.textContent = '';
      options = communes.map(function (commune, i) {
        var option = document.createElement('li');
        option.id = listbox.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-code', commune.code);
        option.appendChild(document.createTextNode(commune.nom));
        var detail = document.createElement('span');
        detail.className = 'option-detail';
        detail.textContent = [commune.codesPostaux.join(', '), commune.epci ? commune.epci.nom : '']
          .filter(Boolean).join(' · ');
        option.appendChild(detail);
        option.addEventListener('mousedown', function (event) { event.preventDefault(); });
        option.addEventListener('click', function () { choose(option); });
        listbox.appendChild(option);
        return option;
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (options.length) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      } else {
        close();
      }
      announce(options.length);
    }

    function suggest() {
      var query = input.value.trim();
      if (query.length < 2) { render([]); if (status) { status.textContent = ''; } return; }
      var mine = ++request;
      fetch(endpoint + '?limit=10&q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (communes) { if (mine === request) { render(communes); } })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });
    input.addEventListener('keydown', function (event) {
      var open = !listbox.hidden && options.length > 0;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!open) { suggest(); return; }
        highlight(active < options.length - 1 ? active + 1 : 0);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (open) { highlight(active > 0 ? active - 1 : options.length - 1); }
      } else if (event.key === 'Enter') {
        if (open && active >= 0) {
          event.preventDefault();
          choose(options[active]);
        }
      } else if (event.key === 'Escape') {
        if (open) { event.preventDefault(); close(); } else { input.value = ''; }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  window.Gide = window.Gide || { enhancers: [] };
  window.Gide.enhancers.push(function (root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-commune-autocomplete]'), enhance);
  });
})();
