// Toasts: the server names them in an HX-Trigger header ({"toast":{"message":"…","kind":"ok"}}).
(() => {
  function showToast(detail) {
    var box = document.getElementById("toasts");
    if (!box || !detail?.message) return;
    var el = document.createElement("div");
    el.className = `toast${detail.kind === "error" ? " toast-error" : ""}`;
    el.textContent = detail.message;
    box.appendChild(el);
    setTimeout(() => {
      el.remove();
    }, 6000);
  }
  document.addEventListener("toast", (evt) => {
    showToast(evt.detail && (evt.detail.value || evt.detail));
  });
})();

// Forms marked data-confirm ask before posting (no inline script under the CSP).
document.addEventListener(
  "submit",
  (evt) => {
    var form = evt.target;
    if (form?.dataset?.confirm && !window.confirm(form.dataset.confirm)) evt.preventDefault();
  },
  true,
);
