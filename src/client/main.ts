// Progressive enhancement only: every page works without this file.

// Suggest the browser's time zone in forms that ask for one, unless the member chose one.
for (const input of document.querySelectorAll<HTMLSelectElement | HTMLInputElement>(
  '[data-suggest-timezone]',
)) {
  if (input.dataset.touched) continue;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || input.value === zone) continue;
  if (input instanceof HTMLSelectElement && ![...input.options].some((o) => o.value === zone)) continue;
  if (input.value === '' || input.value === 'UTC') input.value = zone;
}

// Move focus to a form's error summary so screen-reader and keyboard users land on it.
document.getElementById('error-summary')?.focus();

// Ask before destructive actions (the server asks again where it matters).
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-confirm]')) {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.dataset.confirm ?? '')) event.preventDefault();
  });
}

// Webinar times in the reader's own time zone (the page gives UTC and the organiser's zone).
for (const el of document.querySelectorAll<HTMLTimeElement>('time[data-local-time]')) {
  const start = new Date(el.dateTime);
  const end = new Date(el.dataset.end ?? el.dateTime);
  const format = new Intl.DateTimeFormat(document.documentElement.lang, {
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  el.textContent = `${format.formatRange(start, end)} (${zone})`;
  el.closest<HTMLElement>('[data-local-wrap]')?.removeAttribute('hidden');
}
