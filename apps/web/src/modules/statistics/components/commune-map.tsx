import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import type { Boundaries } from '../api/statistics.api.ts';
import { CLASS_COLOURS, classify, projectFeatures } from '../utils/projection.ts';

const WIDTH = 640;

/**
 * The 41 communes (boundaries from 01/07/2025) as SVG paths, no tiles, no internet. Coloured by an
 * indicator the caller gives per commune code (falls back to area when none is given); each commune is a
 * focusable shape with its name and value, and the legend states the classes in words.
 */
export function CommuneMap({
  boundaries,
  values,
  indicator,
}: {
  boundaries: Boundaries;
  values?: Readonly<Record<string, number>>;
  indicator?: string;
}) {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const projected = useMemo(() => projectFeatures(boundaries.features, WIDTH), [boundaries]);
  const valueFor = (f: (typeof projected.features)[number]) =>
    values ? (values[String(f.properties.code ?? f.id)] ?? 0) : Number(f.properties.areaKm2 ?? 0);
  const all = projected.features.map(valueFor);
  const min = Math.min(...all);
  const max = Math.max(...all);
  const label = indicator ?? t('dashboard.map.area');
  const name = (f: (typeof projected.features)[number]) =>
    i18n.language === 'en' && f.properties.fullNameEn ? String(f.properties.fullNameEn) : f.name;
  const current = projected.features.find((f) => f.id === selected);
  const step = (max - min) / CLASS_COLOURS.length;

  return (
    <figure className="op-panel op-map" data-testid="commune-map">
      <figcaption>{t('dashboard.map.title', { indicator: label })}</figcaption>
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> groups its shapes; a fieldset cannot hold SVG. */}
      <svg
        viewBox={`0 0 ${WIDTH} ${projected.height}`}
        className="op-map-svg"
        role="group"
        aria-label={t('dashboard.map.label', { count: projected.features.length })}
      >
        {projected.features.map((f) => {
          const v = valueFor(f);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it takes the role.
            <path
              key={f.id}
              d={f.path}
              fill={CLASS_COLOURS[classify(v, min, max)]}
              stroke={selected === f.id ? '#f5b400' : '#ffffff'}
              strokeWidth={selected === f.id ? 3 : 1}
              tabIndex={0}
              role="button"
              aria-label={`${name(f)}: ${formatNumber(v, i18n.language, 1)}`}
              aria-pressed={selected === f.id}
              onClick={() => setSelected(f.id)}
              onFocus={() => setSelected(f.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') setSelected(f.id);
              }}
            >
              <title>{`${name(f)}: ${formatNumber(v, i18n.language, 1)}`}</title>
            </path>
          );
        })}
      </svg>
      <p className="op-map-selected" aria-live="polite" data-testid="map-selected">
        {current
          ? `${name(current)}: ${formatNumber(valueFor(current), i18n.language, 1)} (${label})`
          : t('dashboard.map.hint')}
      </p>
      <ul className="op-map-legend" aria-label={t('dashboard.map.legend')}>
        {CLASS_COLOURS.map((c, i) => (
          <li key={c}>
            <span className="op-swatch" style={{ background: c }} aria-hidden="true" />
            {formatNumber(min + step * i, i18n.language, 1)}–
            {formatNumber(min + step * (i + 1), i18n.language, 1)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
