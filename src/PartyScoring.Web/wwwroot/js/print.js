// Print buttons (the public notice, the help page): they print the page (no inline script under the CSP).
document.querySelectorAll('#print-now, [data-print]').forEach(button => button.addEventListener('click', () => window.print()));
