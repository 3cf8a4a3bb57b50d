// The client portal's one script: a "Show password" toggle next to password fields. Without
// JavaScript there is no toggle at all (the button is created here), and the form still works.
document.addEventListener("DOMContentLoaded", () => {
  for (const input of document.querySelectorAll('input[type="password"][data-reveal]')) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-quiet btn-small reveal";
    button.textContent = "Show password";
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      const show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = show ? "Hide password" : "Show password";
      button.setAttribute("aria-pressed", String(show));
    });
    input.insertAdjacentElement("afterend", button);
  }
});
