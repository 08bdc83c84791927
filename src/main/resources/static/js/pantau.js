// Behaviour shared by the pages. Loaded as a file (the Content-Security-Policy allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
	// Summaries folded on a phone, so that the next action comes first, are open on wider screens
	// (also after htmx replaced part of the page).
	var openWide = function () {
		if (window.matchMedia('(min-width: 992px)').matches) {
			document.querySelectorAll('details[data-open-wide]').forEach(function (details) {
				details.open = true;
			});
		}
	};
	openWide();
	document.body.addEventListener('htmx:afterSettle', openWide);

	// A refused form: the summary of every message takes the focus; a message whose field is
	// on the page links to it, the others stay plain text.
	var summary = document.getElementById('error-summary');
	if (summary) {
		summary.querySelectorAll('li[data-field] a').forEach(function (link) {
			var field = document.getElementById(link.getAttribute('href').substring(1))
				|| document.querySelector('[name="' + link.getAttribute('href').substring(1) + '[]"]');
			if (!field) {
				var text = document.createElement('span');
				text.textContent = link.textContent;
				link.replaceWith(text);
				return;
			}
			link.addEventListener('click', function (event) {
				event.preventDefault();
				field.scrollIntoView({ block: 'center' });
				field.focus();
			});
		});
		summary.focus();
	}

	// HR's draft: a proposed sanction outside the sanction table's recommendation is flagged.
	var draftDeviation = document.getElementById('draft-deviation');
	if (draftDeviation) {
		var draftForm = draftDeviation.closest('form');
		var recommended = (draftDeviation.dataset.candidates || '').split(',');
		var flag = function () {
			var proposed = draftForm.elements.proposedSanction ? draftForm.elements.proposedSanction.value : '';
			draftDeviation.hidden = !proposed || recommended.indexOf(proposed) >= 0;
		};
		draftForm.addEventListener('change', flag);
		flag();
	}

	// The PPK's decision: the deviation reason is asked for whenever the sanction being signed
	// is outside the sanction table's recommendation.
	var deviation = document.getElementById('deviation');
	if (deviation) {
		var form = deviation.closest('form');
		var candidates = (deviation.dataset.candidates || '').split(',');
		var update = function () {
			var outcome = form.elements.outcome ? form.elements.outcome.value : '';
			var sanction = null;
			if (outcome === 'APPROVE') {
				sanction = deviation.dataset.proposed || '';
			} else if (outcome === 'CHANGE') {
				sanction = form.elements.sanction ? form.elements.sanction.value : '';
			} else if (outcome === 'REJECT') {
				sanction = '';
			}
			var outside = sanction !== null && candidates.indexOf(sanction) < 0;
			deviation.hidden = !outside && deviation.dataset.keep !== 'true';
		};
		form.addEventListener('change', update);
		update();
	}
});
