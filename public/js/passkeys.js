// Passkeys on the client portal (SPEC §13). The pages render every passkey control hidden; this
// script shows them only where the browser has WebAuthn, so without it nothing appears. A
// ceremony asks our server for its options (a small form post answered in JSON), runs
// navigator.credentials.create() or .get(), and posts the result through the control's hidden
// form as an ordinary form, so the server answers with a page or a redirect. The script has no
// words of its own: what a control may say comes with it (data-passkey-failed, -exists), in the
// page's language.
(() => {
  if (!window.PublicKeyCredential || !navigator.credentials) return;

  const toBytes = (b64url) => {
    const b64 = b64url.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  };
  const fromBytes = (buffer) => {
    let binary = "";
    for (const b of new Uint8Array(buffer)) binary += String.fromCharCode(b);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };

  /** A form post (so the same-origin and CSRF checks apply) whose answer is the ceremony's options. */
  async function fetchOptions(url) {
    const response = await fetch(url, { method: "POST", body: new URLSearchParams(), credentials: "same-origin" });
    if (!response.ok) throw new Error("options");
    return response.json();
  }

  function submitResult(control, fields) {
    const form = control.querySelector("form[data-passkey-result]");
    for (const [name, value] of Object.entries(fields)) {
      const input = form.elements.namedItem(name);
      if (input) input.value = value ?? "";
    }
    form.submit();
  }

  const say = (control, words) => {
    const status = control.querySelector("[data-passkey-status]");
    if (status) status.textContent = words ?? "";
  };

  // ── Adding a passkey (after an invite claim, and on Sign-in & security)
  for (const control of document.querySelectorAll("[data-passkey-create]")) {
    const button = control.querySelector("button");
    button.addEventListener("click", async () => {
      button.disabled = true;
      say(control, "");
      try {
        const options = await fetchOptions(control.dataset.passkeyCreate);
        const credential = await navigator.credentials.create({
          publicKey: {
            ...options,
            challenge: toBytes(options.challenge),
            user: { ...options.user, id: toBytes(options.user.id) },
            excludeCredentials: options.excludeCredentials.map((c) => ({ ...c, id: toBytes(c.id) })),
          },
        });
        const response = credential.response;
        submitResult(control, {
          id: fromBytes(credential.rawId),
          clientDataJSON: fromBytes(response.clientDataJSON),
          attestationObject: fromBytes(response.attestationObject),
          transports: response.getTransports ? response.getTransports().join(",") : "",
        });
      } catch (error) {
        button.disabled = false;
        say(
          control,
          error && error.name === "InvalidStateError" ? control.dataset.passkeyExists : control.dataset.passkeyFailed,
        );
      }
    });
  }
  for (const offer of document.querySelectorAll("[data-passkey-offer]")) {
    offer.hidden = false;
    const dismiss = offer.querySelector("[data-passkey-dismiss]");
    if (dismiss) dismiss.addEventListener("click", () => offer.remove());
  }

  // ── Signing in: the button, and the email field's autofill (conditional mediation)
  const signIn = document.querySelector("[data-passkey-get]");
  if (!signIn) return;
  signIn.hidden = false;
  let pending = null;
  let pendingMode = null;
  let autofill = false;
  const listen = () => getAssertion("conditional").catch(() => {});

  async function getAssertion(mediation) {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    pendingMode = mediation;
    const options = await fetchOptions(signIn.dataset.passkeyGet);
    const credential = await navigator.credentials.get({
      mediation,
      signal: controller.signal,
      publicKey: { ...options, challenge: toBytes(options.challenge) },
    });
    const response = credential.response;
    submitResult(signIn, {
      id: fromBytes(credential.rawId),
      clientDataJSON: fromBytes(response.clientDataJSON),
      authenticatorData: fromBytes(response.authenticatorData),
      signature: fromBytes(response.signature),
      userHandle: response.userHandle ? fromBytes(response.userHandle) : "",
    });
  }

  const button = signIn.querySelector("button");
  button.addEventListener("click", () => {
    say(signIn, "");
    getAssertion("optional").catch((error) => {
      if (error && error.name === "AbortError") return;
      say(signIn, signIn.dataset.passkeyFailed);
      if (autofill) listen();
    });
  });

  // Autofill: the browser lists this site's passkeys under the email field. A challenge lives 5
  // minutes, so a page left open asks for a fresh one before it runs out.
  if (PublicKeyCredential.isConditionalMediationAvailable) {
    PublicKeyCredential.isConditionalMediationAvailable().then((available) => {
      if (!available) return;
      autofill = true;
      listen();
      setInterval(
        () => {
          if (pendingMode === "conditional") listen();
        },
        4 * 60 * 1000,
      );
    });
  }
})();
