import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../ui/format.ts';
import type { Boundaries } from '../api/statistics.api.ts';
import { indicatorValue, type MapFigures, type MapIndicator } from '../utils/communes.ts';
import { CLASS_COLOURS, classify, projectFeatures } from '../utils/projection.ts';

const WIDTH = 640;
/** Communes without figures: a light grey that the dark outline still separates from white. */
const NO_DATA = '#f0f0f0';
const OUTLINE = '#44546a';
const SINGLE_CLASS = CLASS_COLOURS[2];
/** The ring of the chosen commune: dark on light fills, with a yellow halo that shows on the dark ones. */
const RING_DARK = '#0b2545';
const RING_HALO = '#f5b400';

/**
 * The 41 communes (boundaries from 01/07/2025) as SVG paths, no tiles, no internet, coloured by the chosen
 * indicator of the dossiers whose applicants live there (former communes summed into the commune they were
 * merged into). Each commune is a focusable shape (focus shows its figures, Enter or a click lists its
 * dossiers); every shape has a dark outline (3:1 against white), the legend states the classes in numbers,
 * and the same figures are in the table below the map. With no dossier on the map, it says why instead.
 *
 * The focus ring is drawn in the SVG itself, along the commune's outline, on top of its neighbours: a CSS
 * outline on an SVG shape is a box in the page's coordinates that browsers place by the shape's bounding
 * box, away from a commune that is not a rectangle.
 */
export function CommuneMap({
  boundaries,
  map,
  indicator,
  onDrill,
}: {
  boundaries: Boundaries;
  map: MapFigures;
  indicator: MapIndicator;
  onDrill?: (code: string, name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const communes = map.communes;
  const [selected, setSelected] = useState<string | null>(null);
  const projected = useMemo(() => projectFeatures(boundaries.features, WIDTH), [boundaries]);
  const codeOf = (f: (typeof projected.features)[number]) => String(f.properties.code ?? f.id);
  const valueAt = (code: string) => {
    const c = communes.get(code);
    return c ? indicatorValue(c.figures, indicator) : null;
  };
  const values = projected.features.map((f) => valueAt(codeOf(f))).filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  const fmt = (v: number | null) =>
    v === null
      ? t('dashboard.map.noData')
      : indicator === 'onTimeRate'
        ? formatPercent(v, lang)
        : formatNumber(v, lang);
  const label = t(`dashboard.map.indicators.${indicator}`);
  const name = (f: (typeof projected.features)[number]) =>
    lang === 'en' && f.properties.fullNameEn ? String(f.properties.fullNameEn) : f.name;
  const area = (f: (typeof projected.features)[number]) =>
    `${formatNumber(Number(f.properties.areaKm2 ?? 0), lang, 1)} km²`;
  const current = projected.features.find((f) => f.id === selected);
  const classes = max > min ? CLASS_COLOURS.length : 1;
  const step = (max - min) / classes;
  // One value everywhere (e.g. one dossier in each of a few communes): a middle blue, which stands out
  // from the grey of the communes without data as the lightest class would not.
  const fillOf = (v: number) => (classes === 1 ? SINGLE_CLASS : CLASS_COLOURS[classify(v, min, max)]);
  const describe = (f: (typeof projected.features)[number]) =>
    `${name(f)} (${area(f)}): ${label} ${fmt(valueAt(codeOf(f)))}`;
  const drill = (f: (typeof projected.features)[number]) => {
    if (communes.has(codeOf(f))) onDrill?.(codeOf(f), name(f));
  };
  const rows = projected.features
    .filter((f) => communes.has(codeOf(f)))
    .map((f) => ({ f, c: communes.get(codeOf(f))! }))
    .sort((a, b) => (valueAt(codeOf(b.f)) ?? -1) - (valueAt(codeOf(a.f)) ?? -1));

  const formerNames = (code: string) =>
    (communes.get(code)?.applicantCommunes ?? []).map((g) => (lang === 'en' ? g.nameEn : g.name)).join(', ');
  const caption = (
    <figcaption>
      {t('dashboard.map.title', { indicator: label })}
      <span className="op-small op-muted" style={{ display: 'block' }}>
        {t('dashboard.map.merged')}
      </span>
    </figcaption>
  );

  if (communes.size === 0) {
    return (
      <figure className="op-panel op-map" data-testid="commune-map">
        {caption}
        <p className="op-map-empty" role="status" data-testid="map-empty">
          {map.unlocated > 0
            ? t('dashboard.map.noneLocated', { count: map.unlocated })
            : t('dashboard.map.noDossiers')}
        </p>
      </figure>
    );
  }

  return (
    <figure className="op-panel op-map" data-testid="commune-map">
      {caption}
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> groups its shapes; a fieldset cannot hold SVG. */}
      <svg
        viewBox={`0 0 ${WIDTH} ${projected.height}`}
        className="op-map-svg"
        role="group"
        aria-label={t('dashboard.map.label', { count: projected.features.length })}
      >
        {projected.features.map((f) => {
          const v = valueAt(codeOf(f));
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it takes the role.
            <path
              key={f.id}
              d={f.path}
              data-code={codeOf(f)}
              fill={v === null ? NO_DATA : fillOf(v)}
              stroke={OUTLINE}
              strokeWidth={0.8}
              tabIndex={0}
              role="button"
              aria-label={describe(f)}
              aria-pressed={selected === f.id}
              onClick={() => {
                setSelected(f.id);
                drill(f);
              }}
              onFocus={() => setSelected(f.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  setSelected(f.id);
                  drill(f);
                }
              }}
            >
              <title>{describe(f)}</title>
            </path>
          );
        })}
        {current ? (
          // Drawn last, so that no neighbour covers it; not a target of the mouse or of assistive technology.
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable.
          <g
            className="op-map-ring"
            data-testid="map-focus-ring"
            data-code={codeOf(current)}
            aria-hidden="true"
          >
            <path d={current.path} fill="none" stroke={RING_HALO} strokeWidth={6} strokeLinejoin="round" />
            <path d={current.path} fill="none" stroke={RING_DARK} strokeWidth={2.5} strokeLinejoin="round" />
          </g>
        ) : null}
      </svg>
      <p className="op-map-selected" aria-live="polite" data-testid="map-selected">
        {current ? describe(current) : t('dashboard.map.hint')}
      </p>
      {map.unlocated > 0 ? (
        <p className="op-small op-muted" data-testid="map-unlocated">
          {t('dashboard.map.unlocated', { count: map.unlocated })}
        </p>
      ) : null}
      <ul className="op-map-legend" aria-label={t('dashboard.map.legend')} data-testid="map-legend">
        {values.length === 0 ? null : classes === 1 ? (
          <li>
            <span className="op-swatch" style={{ background: SINGLE_CLASS }} aria-hidden="true" />
            {fmt(min)}
          </li>
        ) : (
          CLASS_COLOURS.map((c, i) => (
            <li key={c}>
              <span className="op-swatch" style={{ background: c }} aria-hidden="true" />
              {fmt(min + step * i)}–{fmt(min + step * (i + 1))}
            </li>
          ))
        )}
        <li>
          <span
            className="op-swatch"
            style={{ background: NO_DATA, outline: `1px solid ${OUTLINE}` }}
            aria-hidden="true"
          />
          {t('dashboard.map.noData')}
        </li>
      </ul>
      <details className="op-section">
        <summary>{t('dashboard.map.table', { count: rows.length })}</summary>
        <table className="op-table" data-testid="map-table">
          <caption className="op-small op-muted">{t('dashboard.map.merged')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.map.commune')}</th>
              <th scope="col">{t('dashboard.map.former')}</th>
              <th scope="col">{t('dashboard.received')}</th>
              <th scope="col">{t('dashboard.onTimeRate')}</th>
              <th scope="col">{t('dashboard.map.indicators.overdue')}</th>
              <th scope="col">
                <span className="op-visually-hidden">{t('dashboard.drill.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ f, c }) => (
              <tr key={f.id}>
                <th scope="row">{name(f)}</th>
                <td>{formerNames(codeOf(f))}</td>
                <td>{formatNumber(c.figures.received.total, lang)}</td>
                <td>{formatPercent(c.figures.onTimeRate, lang)}</td>
                <td>{formatNumber(indicatorValue(c.figures, 'overdue') ?? 0, lang)}</td>
                <td>
                  <Button size="small" type="link" onClick={() => drill(f)}>
                    {t('dashboard.drill.open')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
