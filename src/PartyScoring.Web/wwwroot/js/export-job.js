// Background export progress page: reload every 2 seconds while the job is still running.
(function () {
    var job = document.getElementById('export-job');
    if (job && job.dataset.running === 'true') {
        window.setTimeout(function () { window.location.reload(); }, 2000);
    }
})();
