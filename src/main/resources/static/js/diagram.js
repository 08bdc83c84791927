// Draws each process diagram of the case page with bpmn-js and highlights the current steps.
// Loaded as a file (the Content-Security-Policy allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('.diagram[data-xml-url]').forEach(function (container) {
		var viewer = new BpmnJS({ container: container });
		fetch(container.dataset.xmlUrl, { credentials: 'same-origin' })
			.then(function (response) { return response.text(); })
			.then(function (xml) { return viewer.importXML(xml); })
			.then(function () {
				var canvas = viewer.get('canvas');
				canvas.zoom('fit-viewport');
				(container.dataset.active || '').split(',').filter(Boolean).forEach(function (id) {
					canvas.addMarker(id, 'highlight');
				});
				container.setAttribute('data-rendered', 'true');
			})
			.catch(function (error) {
				container.textContent = String(error);
				container.setAttribute('data-rendered', 'error');
			});
	});
});
