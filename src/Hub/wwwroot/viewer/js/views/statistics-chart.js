// The statistics chart: Chart.js (served by the Hub from ClientApp's copy, loaded only on this view) drawing
// women and men side by side. A suppressed cell is never drawn as a bar, and so never as zero: its place gets a
// dashed, empty box labelled with its SDMX status (A primary, D secondary).

const CHART_JS = '/lib/chart.js/chart.umd.js';

// Text-level contrast against white (≥ 4.5:1), so bars are distinguishable from the background (WCAG 1.4.11).
const COLOURS = ['#7a2a83', '#1c6391', '#4a4f55', '#8a5a00', '#2f6b3a'];

let loading = null;

/** Chart.js as the global its UMD build defines; the script comes from the Hub, like everything else. */
export function loadChartJs() {
  loading ??= new Promise((resolve, reject) => {
    if (window.Chart) {
      resolve(window.Chart);
      return;
    }
    const script = document.createElement('script');
    script.src = CHART_JS;
    script.onload = () => resolve(window.Chart);
    script.onerror = () => {
      loading = null;
      reject(new Error('Chart.js could not be loaded'));
    };
    document.head.append(script);
  });
  return loading;
}

const suppressedMarks = {
  id: 'hubSuppressedMarks',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    const base = scales.y.getPixelForValue(0);
    const height = Math.max(24, Math.min(56, (chartArea.bottom - chartArea.top) * 0.25));
    chart.data.datasets.forEach((dataset, index) => {
      const meta = chart.getDatasetMeta(index);
      if (meta.hidden) return;
      dataset.suppressed.forEach((status, i) => {
        const bar = meta.data[i];
        if (!status || !bar || !Number.isFinite(bar.x)) return;
        const width = Number.isFinite(bar.width) && bar.width > 0 ? bar.width : 16;
        ctx.save();
        ctx.setLineDash([4, 3]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = dataset.backgroundColor;
        ctx.strokeRect(bar.x - width / 2 + 1, base - height, width - 2, height);
        ctx.setLineDash([]);
        ctx.fillStyle = '#1b1d21';
        ctx.font = 'bold 13px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.fillText(status, bar.x, base - height - 5);
        ctx.restore();
      });
    });
  },
};

/**
 * Draws the chart into the canvas. series: [{ label, values: [number|null], suppressed: ['A'|'D'|null] }],
 * labels: the categories along the axis. Returns the Chart instance.
 */
export async function drawChart(canvas, { labels, series, axisTitle, locale }) {
  const Chart = await loadChartJs();
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        suppressed: s.suppressed,
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
      })),
    },
    options: {
      locale,
      animation: false, // a chart that moves helps nobody read it, and screenshots catch it still
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1b1d21', font: { size: 14 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.raw === null ? item.dataset.suppressed[item.dataIndex] ?? '' : item.formattedValue}` } },
      },
      scales: {
        x: { ticks: { color: '#1b1d21' } },
        y: { beginAtZero: true, ticks: { color: '#1b1d21' }, title: { display: Boolean(axisTitle), text: axisTitle, color: '#1b1d21' } },
      },
    },
    plugins: [suppressedMarks],
  });
}
