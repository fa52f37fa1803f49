// Appels à commun(s), dossiers: the printable page's "print or save as PDF" button (without JavaScript the hint
// tells to use the browser's Print command).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
  document.querySelectorAll('[data-print-hint]').forEach((hint) => { hint.hidden = true; });
});
