/**
 * Puts a table on the clipboard: HTML and plain text together where the browser allows (Word keeps the
 * table), plain tab-separated text otherwise (Excel pastes it into cells), and the old copy command as a
 * last resort for hosts whose frame may not use the async clipboard.
 */
export async function copyTable(table: { text: string; html: string }): Promise<void> {
  const clip = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clip && typeof ClipboardItem !== "undefined") {
    try {
      await clip.write([
        new ClipboardItem({
          "text/plain": new Blob([table.text], { type: "text/plain" }),
          "text/html": new Blob([table.html], { type: "text/html" }),
        }),
      ]);
      return;
    } catch {
      // refused (permissions policy of the host's frame): try plain text, then the copy command
    }
  }
  if (clip) {
    try {
      await clip.writeText(table.text);
      return;
    } catch {
      // as above
    }
  }
  const area = document.createElement("textarea");
  area.value = table.text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) {
    throw new Error(
      "The browser did not let the pane copy. Try again, or use Ctrl+C on the sheet."
    );
  }
}
