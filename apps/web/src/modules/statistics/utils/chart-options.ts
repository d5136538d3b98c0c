import type { StatFigures } from '../api/statistics.api.ts';
import type { ChartOption } from '../components/echart.tsx';

// Colours with a 3:1 contrast against white between neighbours' edges; legends and tables carry the words.
export const CHART_COLOURS = {
  blue: '#1456a0',
  green: '#2e7d32',
  amber: '#b26a00',
  red: '#b3261e',
  grey: '#5f6b7a',
} as const;

/** The words of the charts, in the reader's language. */
export interface ChannelLabels {
  online: string;
  direct: string;
  postal: string;
}

export interface DonutSlice {
  name: string;
  value: number;
  color: string;
}

/**
 * A donut with "name: value" labels. Every slice stays in the legend, but one with no value draws nothing
 * and gets no label: zero-size slices all sit at the same angle, and ECharts would stack their "…: 0"
 * labels on one another (and on the neighbouring slice's).
 */
export function donutOption(slices: readonly DonutSlice[]): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}: {c}' },
        data: slices.map(({ name, value, color }) => ({
          name,
          value,
          itemStyle: { color },
          ...(value === 0 ? { label: { show: false }, labelLine: { show: false } } : {}),
        })),
      },
    ],
  };
}

/** The donut of dossiers received by channel (online, in person, by post). */
export function channelDonutOption(figures: StatFigures, labels: ChannelLabels): ChartOption {
  return donutOption([
    { name: labels.online, value: figures.received.online, color: CHART_COLOURS.blue },
    { name: labels.direct, value: figures.received.direct, color: CHART_COLOURS.amber },
    { name: labels.postal, value: figures.received.postal, color: CHART_COLOURS.grey },
  ]);
}

export interface OutcomeLabels {
  finished: string;
  inProgress: string;
  early: string;
  onTime: string;
  late: string;
  withinDeadline: string;
  overdue: string;
}

/** The stacked bars of outcomes (finished early, on time, late; in progress within or past the deadline). */
export function outcomesOption(figures: StatFigures, labels: OutcomeLabels): ChartOption {
  const bar = (name: string, color: string, values: [number, number]) => ({
    type: 'bar' as const,
    name,
    stack: 'all',
    itemStyle: { color },
    data: values,
    // An empty segment has no width: its "0" would sit on its neighbour's label.
    label: { show: true, formatter: (p: { value: unknown }) => (Number(p.value) ? String(p.value) : '') },
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 56, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: [labels.finished, labels.inProgress] },
    series: [
      bar(labels.early, CHART_COLOURS.green, [figures.finished.early, 0]),
      bar(labels.onTime, CHART_COLOURS.blue, [figures.finished.onTime, 0]),
      bar(labels.late, CHART_COLOURS.red, [figures.finished.late, 0]),
      bar(labels.withinDeadline, CHART_COLOURS.grey, [0, figures.inProgress.withinDeadline]),
      bar(labels.overdue, CHART_COLOURS.amber, [0, figures.inProgress.overdue]),
    ],
  } as ChartOption;
}
