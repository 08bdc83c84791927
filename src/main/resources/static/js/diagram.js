// The process diagrams of the case page, drawn with bpmn-js only when asked for (the stages at
// the top of the page say the same in words): opening "Tampilkan diagram alur perkara" loads the
// viewer, draws each running process and highlights its current steps.
// Loaded as a file (the Content-Security-Policy allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
	var section = document.getElementById('diagram-section');
	if (!section) {
		return;
	}
	var loading = null;
	var loadViewer = function () {
		if (loading) {
			return loading;
		}
		loading = new Promise(function (resolve, reject) {
			var css = document.createElement('link');
			css.rel = 'stylesheet';
			css.href = section.dataset.viewerCss;
			document.head.appendChild(css);
			var script = document.createElement('script');
			script.src = section.dataset.viewer;
			script.onload = resolve;
			script.onerror = reject;
			document.head.appendChild(script);
		});
		return loading;
	};
	var draw = function (container) {
		var viewer = new BpmnJS({ container: container });
		return fetch(container.dataset.xmlUrl, { credentials: 'same-origin' })
			.then(function (response) { return response.text(); })
			.then(function (xml) { return viewer.importXML(xml); })
			.then(function () {
				var canvas = viewer.get('canvas');
				canvas.zoom('fit-viewport');
				(container.dataset.active || '').split(',').filter(Boolean).forEach(function (id) {
					canvas.addMarker(id, 'highlight');
				});
				container.setAttribute('data-rendered', 'true');
			});
	};
	section.addEventListener('toggle', function () {
		if (!section.open || section.dataset.loaded) {
			return;
		}
		section.dataset.loaded = 'true';
		loadViewer()
			.then(function () {
				return Promise.all(Array.prototype.map.call(section.querySelectorAll('.diagram[data-xml-url]'), draw));
			})
			.catch(function (error) {
				section.querySelectorAll('.diagram[data-xml-url]').forEach(function (container) {
					container.textContent = String(error);
					container.setAttribute('data-rendered', 'error');
				});
			});
	});
});
