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
