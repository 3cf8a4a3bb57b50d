// Portal access: "Select all on this page" ticks and unticks every row's box. Without
// JavaScript the box is still sent, and the server selects every pending row on the page.
document.addEventListener("change", (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement)) return;
  const form = box.closest(".bulk-form");
  if (!form) return;
  const rows = [...form.querySelectorAll("input.row-select")];
  const all = form.querySelector("#select-all");
  if (box === all) {
    for (const row of rows) row.checked = box.checked;
  } else if (all && rows.includes(box)) {
    all.checked = rows.every((row) => row.checked);
  }
});
