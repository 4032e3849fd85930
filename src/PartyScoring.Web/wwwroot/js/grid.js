// Entry grid (issue 18): entering a cell by any key selects what it holds, so typing replaces it; arrows and Enter
// skip disabled cells; Ctrl+S or Ctrl+Enter saves; a wrong cell shows its message beside it and in the summary at the
// top; each row's quarter and year totals follow the typing (grid-totals.js); leaving with unsaved changes asks first.
// The server validates and computes again on save; this only helps the clerk.
(function () {
    const grid = document.getElementById('grid');
    const form = document.getElementById('grid-form');
    if (!grid || !form) return;
    const columns = Array.from(grid.querySelectorAll('thead th[data-item]'));
    const rows = Array.from(grid.querySelectorAll('tbody tr')).map(tr => Array.from(tr.querySelectorAll('input')));
    const position = new Map();
    rows.forEach((row, r) => row.forEach((input, c) => {
        position.set(input, [r, c]);
        input.inputMode = 'decimal';
        input.autocomplete = 'off';
    }));
    const summary = document.getElementById('grid-summary');
    const unsaved = document.getElementById('grid-unsaved');
    const data = JSON.parse(document.getElementById('grid-caps')?.textContent || 'null');
    let dirty = false;
    let editing = false;
    let submitting = false;

    // From (r, c) one step at a time in the direction, past disabled cells; stays put at the grid's edge.
    function move(r, c, dr, dc) {
        for (r += dr, c += dc; r >= 0 && r < rows.length && c >= 0 && c < rows[r].length; r += dr, c += dc) {
            const target = rows[r][c];
            if (!target.disabled) {
                target.focus();
                target.select();
                return true;
            }
        }
        return false;
    }

    function cellName(input) {
        const c = position.get(input)[1];
        const row = input.closest('tr').querySelector('th').textContent;
        return `${row} · ${columns[c].firstChild.textContent.trim()} ${columns[c].title}`;
    }

    function validate(input) {
        const text = input.value.trim();
        const column = columns[position.get(input)[1]];
        let message = '';
        if (text !== '') {
            const value = Number(text);
            if (!/^\d+(\.\d)?$/.test(text) || value < Number(column.dataset.min) || value > Number(column.dataset.max)) {
                message = column.dataset.rangeMessage;
            }
        }
        showError(input, message);
        return message === '';
    }

    function showError(input, message) {
        const id = 'e' + input.name.slice('cells['.length, -1);
        let note = document.getElementById(id);
        if (message && !note) {
            note = document.createElement('div');
            note.className = 'cell-error';
            note.id = id;
            input.after(note);
        }
        if (note) {
            note.textContent = message;
            note.hidden = !message;
        }
        input.classList.toggle('is-invalid', !!message);
        if (message) {
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', id);
        } else {
            input.removeAttribute('aria-invalid');
            input.removeAttribute('aria-describedby');
        }
    }

    function refreshSummary() {
        const bad = rows.flat().filter(i => i.classList.contains('is-invalid'));
        const list = summary.querySelector('ul');
        list.replaceChildren(...bad.map(input => {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = '#';
            a.dataset.cell = input.name;
            a.textContent = `${cellName(input)}：${document.getElementById(input.getAttribute('aria-describedby'))?.textContent || ''}`;
            li.append(a);
            return li;
        }));
        const heading = summary.querySelector('p');
        heading.textContent = heading.dataset.template.replace('{0}', bad.length);
        summary.hidden = bad.length === 0;
        return bad;
    }

    summary?.addEventListener('click', e => {
        const link = e.target.closest('a[data-cell]');
        if (!link) return;
        e.preventDefault();
        const name = link.dataset.cell.startsWith('cells[') ? link.dataset.cell : `cells[${link.dataset.cell}]`;
        const input = form.elements.namedItem(name);
        input?.focus();
        input?.select();
    });

    // The row's totals from what is typed: the quarter adds the typed points to those outside the typed cells; the
    // year adds them to the item's net of the year outside them and applies the scheme's caps.
    function recompute(tr) {
        if (!data) return;
        const memberId = tr.dataset.memberId;
        const fixed = data.rows[memberId];
        let quarter = GridTotals.tenths(fixed.q);
        const nets = {};
        for (const [id, net] of Object.entries(fixed.y)) nets[id] = GridTotals.tenths(net);
        tr.querySelectorAll('input').forEach(input => {
            if (input.disabled) return;
            const text = input.value.trim();
            if (!/^\d+(\.\d)?$/.test(text)) return;
            const itemId = columns[position.get(input)[1]].dataset.item;
            const signed = GridTotals.tenths(text) * data.caps.items[itemId].sign;
            quarter += signed;
            nets[itemId] = (nets[itemId] || 0) + signed;
        });
        show(tr.querySelector('.quarter-total'), GridTotals.format(quarter));
        show(tr.querySelector('.year-total'), GridTotals.format(GridTotals.year(data.caps, nets)));
    }

    function show(cell, text) {
        if (cell.textContent === text && !cell.classList.contains('live')) return;
        cell.textContent = text;
        cell.classList.add('live');
    }

    rows.flat().forEach(input => {
        // Entered by a key, a cell is in "enter" mode: typing replaces, arrows move on. A click or F2 edits in place.
        input.addEventListener('focus', () => { editing = false; input.select(); });
        input.addEventListener('mouseup', () => { editing = true; });
        input.addEventListener('input', () => {
            validate(input);
            refreshSummary();
            recompute(input.closest('tr'));
            if (!dirty) {
                dirty = true;
                if (unsaved) unsaved.hidden = false;
            }
        });
        input.addEventListener('keydown', e => {
            const [r, c] = position.get(input);
            if ((e.key === 's' || e.key === 'S' || e.key === 'Enter') && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                form.requestSubmit();
            } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
                e.preventDefault();
                move(r, c, e.key === 'Enter' && e.shiftKey ? -1 : 1, 0);
            } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                move(r, c, -1, 0);
            } else if (e.key === 'F2') {
                editing = true;
                input.setSelectionRange(input.value.length, input.value.length);
            } else if (e.key === 'ArrowRight' && (!editing || input.selectionEnd === input.value.length)) {
                e.preventDefault();
                move(r, c, 0, 1);
            } else if (e.key === 'ArrowLeft' && (!editing || input.selectionStart === 0 && input.selectionEnd === 0)) {
                e.preventDefault();
                move(r, c, 0, -1);
            }
        });
    });

    // Ctrl+S anywhere on the page saves the grid rather than the browser's "save page".
    document.addEventListener('keydown', e => {
        if ((e.key === 's' || e.key === 'S') && (e.ctrlKey || e.metaKey) && !e.defaultPrevented && document.getElementById('grid-save')) {
            e.preventDefault();
            form.requestSubmit();
        }
    });

    form.addEventListener('submit', e => {
        const bad = rows.flat().filter(i => !i.disabled && !validate(i));
        refreshSummary();
        if (bad.length > 0) {
            e.preventDefault();
            summary.scrollIntoView({ block: 'nearest' });
            bad[0].focus();
            return;
        }
        submitting = true;
        const active = document.activeElement;
        if (active && position.has(active)) sessionStorage.setItem('grid-focus', active.name);
    });

    window.addEventListener('beforeunload', e => {
        if (dirty && !submitting) {
            e.preventDefault();
            e.returnValue = '';
        }
    });

    // After a save (or on arrival) the cursor is where the clerk left it, or in the first cell to fill.
    const remembered = sessionStorage.getItem('grid-focus');
    sessionStorage.removeItem('grid-focus');
    const first = (remembered && form.elements.namedItem(remembered)) || rows.flat().find(i => !i.disabled);
    if (first && !first.disabled && !document.querySelector('#grid-summary:not([hidden])')) {
        first.focus({ preventScroll: !remembered });
        first.select();
    }
    // A page that came back with errors shows typed values: its totals are recomputed from them.
    if (document.getElementById('grid-error')) grid.querySelectorAll('tbody tr').forEach(recompute);
})();
