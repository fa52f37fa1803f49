// Gide — the directory's Leaflet maps (the /carte page and an organisation's page). Enhancement only: without
// this file the pages show a server-drawn choropleth, tables and coordinates.
(function () {
  'use strict';

  function format(template, args) {
    return String(template || '').replace(/\{(\d+)\}/g, function (m, i) { return args[i] === undefined ? m : args[i]; });
  }

  function tileLayer(L, el) {
    var url = el.dataset.tiles;
    if (!url) { return null; }
    var attribution = '';
    if (el.dataset.attribution) {
      var text = document.createElement('span');
      text.textContent = el.dataset.attribution;
      attribution = el.dataset.attributionUrl
        ? '<a href="' + encodeURI(el.dataset.attributionUrl) + '">' + text.innerHTML + '</a>'
        : text.innerHTML;
    }
    return L.tileLayer(url, { maxZoom: Number(el.dataset.maxZoom || 19), attribution: attribution });
  }

  function labelContainer(el) {
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', el.dataset.label || '');
  }

  // Classes as Choropleth.of on the server: geometric upper bounds up to the largest count.
  function classes(max, colours) {
    var steps = [{ min: 0, max: 0, colour: colours[0] }];
    var previous = 0;
    for (var k = 1; k <= 5 && previous < max; k++) {
      var upper = k === 5 ? max : Math.max(previous + 1, Math.round(Math.pow(max, k / 5)));
      upper = Math.min(upper, max);
      steps.push({ min: previous + 1, max: upper, colour: colours[steps.length] });
      previous = upper;
    }
    return function (count) {
      for (var i = 0; i < steps.length; i++) { if (count <= steps[i].max) { return steps[i].colour; } }
      return steps[steps.length - 1].colour;
    };
  }

  function enhanceMapPage(doc) {
    var el = doc.getElementById('map');
    var L = window.L;
    if (!el || !L) { return; }
    el.hidden = false;
    labelContainer(el);
    var staticMap = doc.getElementById('map-static');
    if (staticMap) { staticMap.hidden = true; }
    var listSection = doc.getElementById('map-list-section');
    var list = doc.getElementById('map-list');
    var status = doc.getElementById('map-list-status');
    listSection.hidden = false;

    // No fade: a half-transparent popup would be unreadable while it appears (and motion is kept to a minimum).
    var map = L.map(el, { maxZoom: Number(el.dataset.maxZoom || 19), minZoom: 2, fadeAnimation: false });
    map.setView([44.05, 4.2], 9);
    var tiles = tileLayer(L, el);
    if (tiles) { tiles.addTo(map); }
    var markers = L.layerGroup().addTo(map);
    var query = el.dataset.query ? '&' + el.dataset.query : '';
    var colours = (el.dataset.colours || '').split(',');

    // Commune outlines, always drawn (the base map when no tile server answers), coloured by counts.
    Promise.all([
      fetch(el.dataset.contours, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }),
      fetch(el.dataset.communes + '?' + (el.dataset.query || ''), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
    ]).then(function (results) {
      var counts = results[1].communes || {};
      var max = 0;
      results[0].features.forEach(function (f) { max = Math.max(max, counts[f.properties.code] || 0); });
      var colourOf = classes(max, colours);
      var layer = L.geoJSON(results[0], {
        interactive: false,
        style: function (feature) {
          return { color: '#4d4d4d', weight: 0.7, fillColor: colourOf(counts[feature.properties.code] || 0),
            fillOpacity: tiles ? 0.45 : 0.85 };
        }
      }).addTo(map);
      if (results[0].features.length) { map.fitBounds(layer.getBounds()); }
    }).catch(function () { status.textContent = el.dataset.msgError; });

    var timer = null;
    var pending = null;
    function load() {
      var b = map.getBounds();
      var west = Math.max(-180, b.getWest());
      var east = Math.min(180, b.getEast());
      var south = Math.max(-90, b.getSouth());
      var north = Math.min(90, b.getNorth());
      var url = el.dataset.clusters + '?bbox=' + [west, south, east, north].map(function (v) { return v.toFixed(5); }).join(',')
        + '&zoom=' + map.getZoom() + query;
      if (pending) { pending.abort(); }
      pending = new AbortController();
      fetch(url, { signal: pending.signal, headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(render)
        .catch(function (e) { if (e.name !== 'AbortError') { status.textContent = el.dataset.msgError; } });
    }
    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(load, 200);
    }

    function render(data) {
      markers.clearLayers();
      list.textContent = '';
      var items = [];
      data.clusters.forEach(function (c) {
        var label = format(el.dataset.msgZoom, [c.count]);
        var size = c.count < 10 ? 30 : c.count < 100 ? 36 : c.count < 1000 ? 42 : 50;
        var marker = L.marker([c.lat, c.lon], {
          icon: L.divIcon({ className: 'map-marker cluster', html: String(c.count), iconSize: [size, size] }),
          keyboard: true, title: label
        });
        var zoomIn = function () {
          var bounds = L.latLngBounds([c.bounds[0], c.bounds[1]], [c.bounds[2], c.bounds[3]]);
          if (map.getZoom() >= map.getMaxZoom() || (bounds.getNorth() === bounds.getSouth() && bounds.getEast() === bounds.getWest())) {
            map.setView([c.lat, c.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2));
          } else {
            map.fitBounds(bounds, { maxZoom: map.getMaxZoom() });
          }
        };
        marker.on('click', zoomIn);
        marker.on('add', function () { var e = marker.getElement(); if (e) { e.setAttribute('aria-label', label); } });
        markers.addLayer(marker);
        items.push({ sort: -c.count, text: format(el.dataset.msgCluster, [c.count]), label: label, action: zoomIn });
      });
      data.points.forEach(function (p) {
        var name = p.name || ('#' + p.id);
        var label = format(el.dataset.msgPoint, [name]);
        var marker = L.marker([p.lat, p.lon], {
          icon: L.divIcon({ className: 'map-marker point', html: '', iconSize: [18, 18] }),
          keyboard: true, title: label
        });
        var content = document.createElement('div');
        var strong = document.createElement('strong');
        strong.textContent = name;
        var link = document.createElement('a');
        link.href = el.dataset.organisation + p.id;
        link.textContent = el.dataset.msgOpen;
        content.appendChild(strong);
        content.appendChild(document.createElement('br'));
        content.appendChild(link);
        // A popup of the map, not of the marker: it stays open when the markers are redrawn after autopan.
        marker.on('click', function () {
          L.popup({ offset: [0, -6] }).setLatLng([p.lat, p.lon]).setContent(content).openOn(map);
        });
        marker.on('add', function () { var e = marker.getElement(); if (e) { e.setAttribute('aria-label', label); } });
        markers.addLayer(marker);
        items.push({ sort: 0, name: name, href: el.dataset.organisation + p.id });
      });
      items.sort(function (a, b) { return a.sort - b.sort || String(a.name || '').localeCompare(String(b.name || ''), document.documentElement.lang); });
      items.forEach(function (item) {
        var li = document.createElement('li');
        if (item.href) {
          var a = document.createElement('a');
          a.href = item.href;
          a.textContent = item.name;
          li.appendChild(a);
        } else {
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'link-button';
          button.textContent = item.text;
          button.setAttribute('aria-label', item.label);
          button.addEventListener('click', item.action);
          li.appendChild(button);
        }
        list.appendChild(li);
      });
      status.textContent = data.total ? format(el.dataset.msgInView, [data.total]) : el.dataset.msgEmpty;
      (data.warnings || []).forEach(function (w) { status.textContent += ' ' + w.message; });
      el.dataset.loaded = String(data.clusters.length + data.points.length);
    }

    map.on('moveend', schedule);
    schedule();
    window.GideMap = map;
  }

  function enhanceOrganisationMap(doc) {
    var el = doc.querySelector('[data-organisation-map]');
    var L = window.L;
    if (!el || !L) { return; }
    el.hidden = false;
    labelContainer(el);
    var lat = Number(el.dataset.lat);
    var lon = Number(el.dataset.lon);
    var map = L.map(el, { maxZoom: Number(el.dataset.maxZoom || 19), scrollWheelZoom: false, fadeAnimation: false }).setView([lat, lon], 14);
    var tiles = tileLayer(L, el);
    if (tiles) { tiles.addTo(map); }
    L.marker([lat, lon], {
      icon: L.divIcon({ className: 'map-marker point', html: '', iconSize: [18, 18] }),
      keyboard: false, interactive: false
    }).addTo(map);
  }

  window.Gide = window.Gide || { enhancers: [] };
  window.Gide.enhancers.push(enhanceMapPage, enhanceOrganisationMap);
})();
