import { applyTint, resolveColor, themePalette } from '../../src/xlsx/colors';

/** Excel rounds the tint in its integer HLS space; we allow one unit per channel. */
const close = (a: string, b: string): boolean =>
  [0, 2, 4].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= 1);

describe('colours', () => {
  it.each([
    ['FFFFFF', -0.1499984740745262, 'D9D9D9'],
    ['000000', 0.499984740745262, '7F7F7F'],
    ['4472C4', -0.249977111117893, '2F5597'],
    ['4F81BD', 0.3999755851924192, '95B3D7'],
    ['4472C4', 0, '4472C4'],
    ['70AD47', 0.5999938962981048, 'C6E0B4'],
    ['ED7D31', 0.7999816888943144, 'FCE4D6'],
    ['FFFFFF', -0.499984740745262, '808080'],
  ])('tint %s by %d gives what Excel shows (%s)', (rgb, tint, expected) => {
    expect(close(applyTint(rgb, tint), expected)).toBe(true);
  });

  it('reads the palette from a theme part, swapping dark/light pairs as Excel indexes them', () => {
    const xml = '<a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:lt1><a:srgbClr val="FEFEFE"/></a:lt1>' +
      '<a:dk2><a:srgbClr val="222222"/></a:dk2><a:lt2><a:srgbClr val="EEEEEE"/></a:lt2><a:accent1><a:srgbClr val="123456"/></a:accent1></a:clrScheme>';
    const palette = themePalette(xml);
    expect(palette.slice(0, 5)).toEqual(['FEFEFE', '111111', 'EEEEEE', '222222', '123456']);
    expect(resolveColor({ theme: 4 }, palette)).toBe('123456');
  });

  it('resolves argb, indexed and unknown colours', () => {
    const palette = themePalette(undefined);
    expect(resolveColor({ argb: 'FF00b050' }, palette)).toBe('00B050');
    expect(resolveColor({ indexed: 10 }, palette)).toBe('FF0000');
    expect(resolveColor({ indexed: 64 }, palette)).toBeUndefined();
    expect(resolveColor(undefined, palette)).toBeUndefined();
  });
});
