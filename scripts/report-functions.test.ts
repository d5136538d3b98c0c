import { describe, expect, it } from 'vitest';
import { functionLengths } from './report-functions.ts';

describe('report:functions', () => {
  it('names declarations, arrow functions, methods and wrapped components, with their line counts', () => {
    const src = [
      'export function a() {', // 1
      '  return 1;',
      '}',
      'const b = () => {', // 4
      '  const inner = function () {};', // 5
      '};',
      'class C {',
      '  m() {', // 8
      '    return 2;',
      '  }',
      '}',
      'export const Page = memo(function () {', // 12
      '  return null;',
      '});',
      'describe(() => {});',
    ].join('\n');
    expect(functionLengths('x.tsx', src).map((f) => [f.name, f.line, f.lines])).toEqual([
      ['a', 1, 3],
      ['b', 4, 3],
      ['inner', 5, 1],
      ['C.m', 8, 3],
      ['Page', 12, 3],
    ]);
  });
});
