// Print layout of the public notice: the button prints the page (no inline script under the CSP).
document.getElementById('print-now')?.addEventListener('click', () => window.print());
