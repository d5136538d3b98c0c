import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, PieChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Tree-shaken: only the two chart types and four components used here, drawn as SVG (sharp, printable,
// readable by the e2e test), never the whole library.
use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * One ECharts chart. The chart is an image for assistive technology (role="img" with a label); the same
 * figures are in the table beside it (WCAG 1.1.1), so nothing is only in the picture.
 */
export function EChart({
  option,
  label,
  height = 280,
  onItemClick,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  /** A click on a bar or slice (mouse only: the same action is offered by a button in the table). */
  onItemClick?: (item: { seriesIndex: number; dataIndex: number }) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;
  useEffect(() => {
    if (!ref.current) return;
    const chart = init(ref.current, null, { renderer: 'svg' });
    chart.setOption({ ...option, aria: { enabled: false }, animation: false });
    chart.on('click', (p) =>
      clickRef.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0 }),
    );
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} className="op-chart" style={{ height }} />;
}
