// Entry grid: keyboard navigation (Enter / arrows move between cells) and in-place validation
// against each item's allowed points. The server validates again; this only helps the clerk.
(function () {
    const grid = document.getElementById('grid');
    if (!grid) return;
    const cells = Array.from(grid.querySelectorAll('input.grid-cell'));
    const rows = Array.from(grid.querySelectorAll('tbody tr')).map(tr => Array.from(tr.querySelectorAll('input.grid-cell')));

    function position(input) {
        for (let r = 0; r < rows.length; r++) {
            const c = rows[r].indexOf(input);
            if (c >= 0) return [r, c];
        }
        return null;
    }

    function focusAt(r, c) {
        if (r < 0 || r >= rows.length) return;
        const row = rows[r];
        if (c < 0 || c >= row.length) return;
        const target = row[c];
        if (target.disabled) return;
        target.focus();
        target.select();
    }

    function validate(input) {
        const text = input.value.trim();
        let message = '';
        if (text !== '') {
            const min = parseFloat(input.dataset.min);
            const max = parseFloat(input.dataset.max);
            const value = Number(text);
            if (!/^\d+(\.\d)?$/.test(text) || isNaN(value) || value < min || value > max) {
                message = input.dataset.rangeMessage;
            }
        }
        input.setCustomValidity(message);
        input.classList.toggle('is-invalid', message !== '');
        input.title = message;
        return message === '';
    }

    cells.forEach(input => {
        input.addEventListener('input', () => validate(input));
        input.addEventListener('keydown', e => {
            const pos = position(input);
            if (!pos) return;
            const [r, c] = pos;
            if (e.key === 'Enter') { e.preventDefault(); focusAt(r + 1, c); }
            else if (e.key === 'ArrowDown') { e.preventDefault(); focusAt(r + 1, c); }
            else if (e.key === 'ArrowUp') { e.preventDefault(); focusAt(r - 1, c); }
            else if (e.key === 'ArrowRight' && input.selectionEnd === input.value.length) { focusAt(r, c + 1); }
            else if (e.key === 'ArrowLeft' && input.selectionStart === 0) { focusAt(r, c - 1); }
        });
    });

    document.getElementById('grid-form')?.addEventListener('submit', e => {
        const bad = cells.filter(i => !i.disabled && !validate(i));
        if (bad.length > 0) { e.preventDefault(); bad[0].focus(); }
    });
})();
