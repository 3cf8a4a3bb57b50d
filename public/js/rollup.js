// Portal access: "Select all on this page" ticks and unticks every row's box, and Resend invite
// waits for a tick, with the hint beside it saying why or how many are ticked. Without
// JavaScript the button is always enabled, the box is still sent, the server selects every
// pending row on the page, and an empty selection is answered with a message.
(() => {
  var HINT = "Tick at least one traveler to resend an invite.";

  function sync(form) {
    var rows = [...form.querySelectorAll("input.row-select")];
    var all = form.querySelector("#select-all");
    var button = form.querySelector("#bulk-resend");
    var status = form.querySelector("#bulk-status");
    if (!button || !status) return;
    var ticked = rows.filter((row) => row.checked).length;
    if (all) all.checked = rows.length > 0 && ticked === rows.length;
    button.disabled = ticked === 0;
    status.textContent = ticked === 0 ? HINT : `${ticked} selected.`;
  }

  function syncAll() {
    for (const form of document.querySelectorAll(".bulk-form")) sync(form);
  }

  document.addEventListener("change", (event) => {
    var box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    var form = box.closest(".bulk-form");
    if (!form) return;
    if (box.id === "select-all") for (const row of form.querySelectorAll("input.row-select")) row.checked = box.checked;
    sync(form);
  });
  // A search swaps the table in place: its new form starts with nothing ticked.
  document.addEventListener("htmx:after:swap", syncAll);
  // Back/forward can restore ticks from the browser's cache.
  window.addEventListener("pageshow", syncAll);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", syncAll);
  else syncAll();
})();
