// The client portal's one script: a "Show passwords" toggle under a form's password fields, and
// a document page's "Print or save as PDF" button (shown only here, where it can work).
// One button reveals every password field of its form (a new password and its confirmation
// together); its label stays put and aria-pressed says whether they are shown. Without
// JavaScript there is no toggle at all (the button is created here), and the form still works.
// The script has no words of its own: the label is the field's data-reveal, in the page's language.
document.addEventListener("DOMContentLoaded", () => {
  for (const field of document.querySelectorAll('input[type="password"][data-reveal]')) {
    const form = field.form;
    if (!form || !field.dataset.reveal) continue;
    const inputs = [...form.querySelectorAll('input[type="password"]')];
    const last = inputs.at(-1);
    if (!last) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-quiet btn-small reveal";
    button.textContent = field.dataset.reveal;
    button.setAttribute("aria-controls", inputs.map((i) => i.id).join(" "));
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      const show = button.getAttribute("aria-pressed") !== "true";
      for (const input of inputs) input.type = show ? "text" : "password";
      button.setAttribute("aria-pressed", String(show));
    });
    last.insertAdjacentElement("afterend", button);
  }
  const print = document.getElementById("print-document");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", () => window.print());
  }
});
