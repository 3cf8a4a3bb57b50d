// Toasts: the server names them in an HX-Trigger header ({"toast":{"message":"…","kind":"ok"}}).
// They appear at the top of the page's content, where a flash appears without JavaScript, so
// they never sit over a table. The newest success replaces the one before it; an error stays
// until it is closed, since it says something the advisor still has to act on.
(() => {
  var CLOSE_ICON =
    '<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">' +
    '<path d="M6 6l12 12M18 6 6 18"/></svg>';

  function closeToast(el) {
    var box = el.parentElement;
    var hadFocus = el.contains(document.activeElement);
    el.remove();
    if (!hadFocus || !box) return;
    // Keyboard focus stays near where it was: the next message's close button, else the content.
    var next = box.querySelector(".toast-close");
    var main = document.getElementById("main");
    if (next) next.focus();
    else if (main) {
      main.setAttribute("tabindex", "-1");
      main.focus({ preventScroll: true });
    }
  }

  function showToast(detail) {
    var box = document.getElementById("toasts");
    if (!box || !detail?.message) return;
    var error = detail.kind === "error";
    for (const old of box.querySelectorAll(".toast:not(.toast-error)")) {
      if (!old.contains(document.activeElement)) old.remove();
    }
    var el = document.createElement("div");
    el.className = error ? "toast toast-error" : "toast toast-ok";
    var text = document.createElement("p");
    text.className = "toast-message";
    text.textContent = detail.message;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.setAttribute("aria-label", "Dismiss message");
    close.innerHTML = CLOSE_ICON;
    close.addEventListener("click", () => closeToast(el));
    el.append(text, close);
    box.appendChild(el);
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
