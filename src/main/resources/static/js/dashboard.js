// The dashboard's charts, drawn from the tables beside them (the tables hold the figures;
// a chart only shows them): each canvas names its table; the labels are the row headers,
// the values the cells marked data-value.
document.addEventListener('DOMContentLoaded', () => {
	if (typeof Chart === 'undefined') {
		return;
	}
	document.querySelectorAll('canvas.dashboard-chart').forEach((canvas) => {
		const table = document.getElementById(canvas.dataset.table);
		if (!table) {
			return;
		}
		const labels = [];
		const values = [];
		table.querySelectorAll('tbody tr').forEach((row) => {
			const head = row.querySelector('th[scope="row"]');
			const cell = row.querySelector('[data-value]');
			if (head && cell) {
				const extra = row.querySelector('td:not([data-value])');
				labels.push(head.textContent.trim() + ((canvas.dataset.table === 'by-stage' && extra) ? ' · ' + extra.textContent.trim() : ''));
				values.push(Number(cell.dataset.value));
			}
		});
		const caption = table.querySelector('caption');
		new Chart(canvas, {
			type: 'bar',
			data: { labels, datasets: [{ label: caption ? caption.textContent.trim() : '', data: values, backgroundColor: '#0d6efd' }] },
			options: { indexAxis: 'y', responsive: true, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } }
		});
	});
});
