// The dashboard's two charts, from the figures the page already shows (data-chart JSON on each canvas).
(function () {
  if (typeof Chart === 'undefined') { return; }
  const colours = ['#1e7d32', '#558b2f', '#1565c0', '#c62828'];
  const unit = document.getElementById('unit-chart');
  if (unit) {
    const data = JSON.parse(unit.dataset.chart);
    new Chart(unit, {
      type: 'bar',
      data: { labels: data.labels, datasets: data.series.map((s, i) => ({ label: s.name, data: s.data, backgroundColor: colours[i] })) },
      options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } }
    });
  }
  const trend = document.getElementById('trend-chart');
  if (trend) {
    const data = JSON.parse(trend.dataset.chart);
    new Chart(trend, {
      type: 'line',
      data: { labels: data.labels, datasets: [
        { label: data.series[0].name, data: data.series[0].data, borderColor: '#1565c0', backgroundColor: '#1565c0', yAxisID: 'rate' },
        { label: data.series[1].name, data: data.series[1].data, borderColor: '#c62828', backgroundColor: '#c62828', yAxisID: 'count' }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { rate: { position: 'left', min: 0, max: 100 }, count: { position: 'right', min: 0, ticks: { precision: 0 }, grid: { drawOnChartArea: false } } } }
    });
  }
})();
