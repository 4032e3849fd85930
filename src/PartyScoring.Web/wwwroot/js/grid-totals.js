// A member's year as the engine computes it (PointsCalculator.Compute), for the grid's live totals: each item's net
// within its annual cap, base categories within their maxima (earned base), duty within the duty cap, bonuses within
// the annual bonus cap, deductions subtracted. The caps come from the scheme, written into the page by the server.
// Points are counted in whole tenths, as the database stores them, so sums are exact.
window.GridTotals = (function () {
    const tenths = x => Math.round(Number(x) * 10);

    function capItem(item, net) {
        if (item.cap === null || item.cap === undefined) return net;
        const cap = tenths(item.cap);
        return Math.abs(net) <= cap ? net : Math.sign(net) * cap;
    }

    // nets: { itemId: net points in tenths, signed as the ledger stores them }
    function year(caps, nets) {
        const byKind = { Base: 0, Duty: 0, Bonus: 0, Deduction: 0 };
        const byCategory = {};
        for (const [id, net] of Object.entries(nets)) {
            const item = caps.items[id];
            if (!item || net === 0) continue;
            const capped = capItem(item, net);
            byKind[item.kind] += capped;
            if (item.kind === 'Base') byCategory[item.category] = (byCategory[item.category] || 0) + capped;
        }
        let base = tenths(caps.basePoints);
        if (!caps.startFull) {
            base = 0;
            for (const [code, max] of Object.entries(caps.categories)) {
                base += Math.max(0, Math.min(byCategory[code] || 0, tenths(max)));
            }
        }
        const duty = Math.min(byKind.Duty, tenths(caps.dutyCap));
        const bonus = caps.bonusCap === null || caps.bonusCap === undefined ? byKind.Bonus : Math.min(byKind.Bonus, tenths(caps.bonusCap));
        // Deduction nets are negative: adding them subtracts the deductions.
        return base + duty + bonus + byKind.Deduction;
    }

    return { tenths, year, format: t => (t / 10).toFixed(1) };
})();
