// Toasts: the server names them in an HX-Trigger header ({"toast":{"message":"…","kind":"ok"}}).
// They lie over the top of the page's content, its breadcrumb and title, where a flash appears
// without JavaScript: never over a table, and never pushing the content down under the pointer
// (docs/decisions/009). The newest success replaces the one before it and leaves after a few
// seconds, which moves nothing; an error stays until it is closed, since it says something the
// advisor still has to act on.
(() => {
  var SUCCESS_MS = 6000;

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
    if (!error)
      setTimeout(() => {
        // Not from under the keyboard: a success toast someone is on stays until they leave it.
        if (el.isConnected && !el.contains(document.activeElement)) el.remove();
      }, SUCCESS_MS);
  }
  document.addEventListener("toast", (evt) => {
    showToast(evt.detail && (evt.detail.value || evt.detail));
  });
})();

// Confirmations: a styled <dialog> opened with showModal() (focus stays inside, Escape cancels,
// focus returns to the button that asked), in the words of the page that asks without
// JavaScript ("Please confirm", the action's own label, "Keep things as they are"). It answers
// htmx's hx-confirm (htmx:confirm) and plain forms marked data-confirm.
(() => {
  var dialog;
  var answer = () => {};

  function build() {
    dialog = document.createElement("dialog");
    dialog.id = "confirm-dialog";
    dialog.className = "confirm-dialog";
    dialog.setAttribute("aria-labelledby", "confirm-title");
    dialog.setAttribute("aria-describedby", "confirm-question");
    dialog.innerHTML =
      '<form method="dialog"><h2 id="confirm-title">Please confirm</h2><p id="confirm-question"></p>' +
      '<div class="actions"><button type="submit" value="yes" class="btn btn-danger" id="confirm-yes"></button>' +
      '<button type="submit" value="no" class="btn" id="confirm-no" autofocus>Keep things as they are</button></div></form>';
    dialog.addEventListener("close", () => answer(dialog.returnValue === "yes"));
    document.body.appendChild(dialog);
  }

  /** Resolves true when the person confirms; focus goes back to `opener` either way. */
  function ask(question, label, opener) {
    if (!dialog) build();
    if (dialog.open) return Promise.resolve(false);
    dialog.querySelector("#confirm-question").textContent = question;
    dialog.querySelector("#confirm-yes").textContent = label || "Confirm";
    dialog.returnValue = "";
    return new Promise((resolve) => {
      answer = (yes) => {
        answer = () => {};
        if (opener?.isConnected) opener.focus();
        resolve(yes);
      };
      dialog.showModal();
    });
  }

  /** The button that was pressed, whose words name the action the dialog confirms. */
  function opener(form, submitter) {
    var button = submitter || form.querySelector('button[type="submit"], button:not([type])');
    return button instanceof HTMLElement ? button : null;
  }

  document.addEventListener("htmx:confirm", (evt) => {
    var form = evt.target;
    var detail = evt.detail;
    var question = detail?.ctx?.confirm;
    if (!question || !(form instanceof HTMLElement)) return;
    evt.preventDefault();
    var active = document.activeElement;
    var button = form.contains(active) && active instanceof HTMLButtonElement ? active : opener(form);
    ask(question, button?.textContent.trim(), button).then((yes) =>
      yes ? detail.issueRequest() : detail.dropRequest(),
    );
  });

  document.addEventListener(
    "submit",
    (evt) => {
      var form = evt.target;
      if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) return;
      if (form.dataset.confirmed === "yes") {
        delete form.dataset.confirmed;
        return;
      }
      evt.preventDefault();
      var button = opener(form, evt.submitter);
      ask(form.dataset.confirm, button?.textContent.trim(), button).then((yes) => {
        if (!yes) return;
        form.dataset.confirmed = "yes";
        form.requestSubmit(evt.submitter || undefined);
      });
    },
    true,
  );
})();
