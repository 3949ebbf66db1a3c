import { applyTint, ragColour, resolveColour, themeFromXml } from "./colour";

describe("ragColour: a fill's RAG family by hue, saturation and lightness", () => {
  it.each([
    // Excel's standard colours and its Good / Neutral / Bad cell styles
    ["FF0000", "red"],
    ["C00000", "red"],
    ["FFC7CE", "red"],
    ["E6B8B7", "red"],
    ["FFC000", "amber"],
    ["FFFF00", "amber"],
    ["FFEB9C", "amber"],
    ["F4B084", "amber"],
    ["ED7D31", "amber"],
    ["00B050", "green"],
    ["92D050", "green"],
    ["C6EFCE", "green"],
    ["70AD47", "green"],
    ["0070C0", "blue"],
    ["00B0F0", "blue"],
    ["5B9BD5", "blue"],
  ])("%s is %s", (rgb, family) => {
    expect(ragColour(rgb)).toBe(family);
  });

  it.each(["FFFFFF", "000000", "D9D9D9", "808080", "DDEBF7", "F2F2F2", "7030A0", "not a colour"])(
    "%s is no rating",
    (rgb) => {
      expect(ragColour(rgb)).toBeNull();
    }
  );
});

describe("resolveColour: how a workbook stores a fill", () => {
  it.each([
    [{ argb: "FFFF0000" }, "FF0000"],
    [{ argb: "00b050" }, "00B050"],
    [{ theme: 9 }, "70AD47"],
    [{ theme: 7, tint: 0.3999755851924192 }, "FFD966"],
    [{ indexed: 10 }, "FF0000"],
    [{ indexed: 51 }, "FFCC00"],
    [{}, null],
  ])("%j → %s", (stored, rgb) => {
    expect(resolveColour(stored)).toBe(rgb);
  });

  it("resolves a darkened theme colour within a step of what Excel shows (Orange, Accent 2, Darker 25%)", () => {
    const got = resolveColour({ theme: 5, tint: -0.249977111117893 }) ?? "";
    const channels = (hex: string): number[] =>
      [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const want = channels("C65911");
    channels(got).forEach((v, i) =>
      expect(Math.abs(v - (want[i] as number))).toBeLessThanOrEqual(2)
    );
  });

  it("lightens and darkens as Excel's tint does", () => {
    expect(applyTint("000000", 0.5)).toBe("808080");
    expect(applyTint("FFFFFF", -0.5)).toBe("808080");
  });

  it("reads a workbook's own theme colours, falling back to the default theme", () => {
    const xml =
      '<a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>' +
      '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:accent1><a:srgbClr val="C00000"/></a:accent1></a:clrScheme>';
    const theme = themeFromXml(xml);
    expect(theme[4]).toBe("C00000");
    expect(theme[9]).toBe("70AD47");
    expect(resolveColour({ theme: 4 }, theme)).toBe("C00000");
  });
});
