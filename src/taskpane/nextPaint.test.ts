import { nextPaint } from "./nextPaint";

type Scope = { requestAnimationFrame?: (cb: (t: number) => void) => number };
const scope = globalThis as Scope;

describe("nextPaint", () => {
  afterEach(() => {
    jest.useRealTimers();
    delete scope.requestAnimationFrame;
  });

  it("resolves after the next animation frame and one task", async () => {
    jest.useFakeTimers();
    let frame: ((t: number) => void) | undefined;
    scope.requestAnimationFrame = (cb) => {
      frame = cb;
      return 1;
    };
    let done = false;
    const painted = nextPaint().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    frame?.(0);
    jest.advanceTimersByTime(0);
    await painted;
    expect(done).toBe(true);
  });

  it("does not wait for a frame that never comes (a hidden pane): 100 ms at most", async () => {
    jest.useFakeTimers();
    scope.requestAnimationFrame = () => 1;
    let done = false;
    const painted = nextPaint().then(() => (done = true));
    jest.advanceTimersByTime(99);
    await Promise.resolve();
    expect(done).toBe(false);
    jest.advanceTimersByTime(1);
    await painted;
    expect(done).toBe(true);
  });
});
