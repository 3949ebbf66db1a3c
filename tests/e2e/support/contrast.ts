import type { Frame } from "playwright-core";

/** WCAG contrast of the text colour of each element under `selector` against the card's background. */
export function cardContrast(
  frame: Frame,
  selector: string
): Promise<{ text: string; ratio: number }[]> {
  return frame.evaluate((sel) => {
    const parse = (c: string): [number, number, number] => {
      const [r = 0, g = 0, b = 0] = (c.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b];
    };
    const lum = (c: string) => {
      const [r, g, b] = parse(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const card = document.querySelector<HTMLElement>(sel);
    if (!card) throw new Error(`no ${sel}`);
    const bg = getComputedStyle(card).backgroundColor;
    const texts = [card, ...Array.from(card.querySelectorAll<HTMLElement>("span"))].filter((el) =>
      Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim())
    );
    return texts.map((el) => ({
      text: (el.textContent ?? "").trim().slice(0, 40),
      ratio: Math.round(ratio(getComputedStyle(el).color, bg) * 100) / 100,
    }));
  }, selector);
}

/** The focused element's outline, and its contrast with the pane's background. */
export function focusRing(
  frame: Frame
): Promise<{ style: string; width: number; ratio: number; tag: string }> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    const bg = getComputedStyle(
      document.querySelector(".fui-FluentProvider") as Element
    ).backgroundColor;
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = (c.match(/[\d.]+/g) ?? []).map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [a, b] = [lum(s.outlineColor), lum(bg)].sort((p, q) => q - p) as [number, number];
    return {
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100,
      tag: `${el.tagName.toLowerCase()} ${(el.textContent ?? "").slice(0, 30)}`,
    };
  });
}
