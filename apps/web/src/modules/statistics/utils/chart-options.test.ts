import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import type { StatFigures } from '../api/statistics.api.ts';
import { emptyFigures } from './aggregate.ts';
import { channelDonutOption, donutOption } from './chart-options.ts';

use([PieChart, LegendComponent, TooltipComponent, SVGRenderer]);

const LABELS = { online: 'Trực tuyến', direct: 'Trực tiếp', postal: 'Bưu chính' };

function received(online: number, direct: number, postal: number): StatFigures {
  const f = emptyFigures();
  f.received = { total: online + direct + postal, online, direct, postal };
  return f;
}

/** The chart as the browser draws it (ECharts' server-side SVG rendering of the same option). */
function renderSvg(option: ReturnType<typeof donutOption>): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 480, height: 280 });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('the donut of dossiers by channel', () => {
  it('gives no label to a channel without dossiers, but keeps it in the legend', () => {
    const option = channelDonutOption(received(0, 7, 0), LABELS);
    const data = (option.series as { data: { name: string; label?: { show: boolean } }[] }[])[0]!.data;
    expect(data.map((d) => d.name)).toEqual(['Trực tuyến', 'Trực tiếp', 'Bưu chính']);
    expect(data.map((d) => d.label?.show ?? true)).toEqual([false, true, false]);

    const svg = renderSvg(option);
    expect(svg).toContain('Trực tiếp: 7');
    // The zero slices' labels ("Trực tuyến: 0", "Bưu chính: 0") would sit on top of each other.
    expect(svg).not.toMatch(/: 0</);
    // The legend still names every channel.
    for (const name of Object.values(LABELS)) expect(svg).toContain(`>${name}<`);
  });

  it('labels every slice that has dossiers', () => {
    const svg = renderSvg(channelDonutOption(received(3, 5, 2), LABELS));
    for (const text of ['Trực tuyến: 3', 'Trực tiếp: 5', 'Bưu chính: 2']) expect(svg).toContain(text);
  });

  it('any donut (documents by channel too) hides only its empty slices', () => {
    const svg = renderSvg(
      donutOption([
        { name: 'Trục liên thông', value: 4, color: '#1456a0' },
        { name: 'Thư điện tử', value: 0, color: '#5f6b7a' },
        { name: 'Giấy', value: 0, color: '#b26a00' },
      ]),
    );
    expect(svg).toContain('Trục liên thông: 4');
    expect(svg).not.toMatch(/: 0</);
  });
});
