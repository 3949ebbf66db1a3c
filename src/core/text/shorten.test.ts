import { shorten, shortText } from "./shorten";

const SECTION =
  "Priority 4: Improve the timeliness and quality of Education, Health and Care plans across the partnership";

describe("shorten", () => {
  it("keeps short text, one line", () => {
    expect(shorten("  Review the\n local offer ", 40)).toBe("Review the local offer");
  });

  it("cuts at the last word that fits, without trailing punctuation", () => {
    expect(shorten(SECTION, 40)).toBe("Priority 4: Improve the timeliness and…");
    expect(shorten("Publish the offer, then consult parents", 20)).toBe("Publish the offer…");
  });

  it("cuts mid-word when the last space would keep too little, by the caller's share", () => {
    const text = "Review EHCP-timeliness-and-quality-across-the-partnership";
    // the last space within 30 characters is at 6: under both shares, so the cut is mid-word
    expect(shorten(text, 30)).toBe("Review EHCP-timeliness-and-qua…");
    const spaced = "Review the local-offer-with-parents-and-carers";
    // the last space is at 10: over half of 18, under 0.6 of it
    expect(shorten(spaced, 18, 0.5)).toBe("Review the…");
    expect(shorten(spaced, 18)).toBe("Review the local-o…");
  });
});

describe("shortText", () => {
  it("quotes at most max characters with the ellipsis, cut mid-word", () => {
    const quoted = shortText(SECTION, 30);
    expect(quoted).toBe("Priority 4: Improve the timel…");
    expect(quoted.length).toBe(30);
    expect(shortText("On  track")).toBe("On track");
  });
});
