// Page shells: the bare document, the advisor dashboard frame, and the one helper that
// decides between a full page and an htmx fragment.
import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { ASSET_VERSIONS } from "./asset-versions";
import { DEFAULT_BRAND, isHexColor } from "./brand";
import type { Flash } from "./feedback";
import { LogoImg } from "./logo";

/** A static asset's URL with its content hash, so it can be cached for a year (public/_headers). */
export function asset(path: keyof typeof ASSET_VERSIONS): string {
  return `${path}?v=${ASSET_VERSIONS[path]}`;
}

/** The theme stylesheet for a brand color; `v` changes when brand.ts's palette does (it is cached for a year). */
export function themeHref(brandColor: string | null | undefined): string {
  const color = brandColor && isHexColor(brandColor) ? brandColor : DEFAULT_BRAND;
  return `/theme.css?c=${color.slice(1).toLowerCase()}&v=2`;
}

export function Document(props: {
  title: string;
  /** `<html lang>`: the page's language (the dashboard's English unless a portal page says otherwise). */
  lang?: string;
  brandColor?: string | null;
  children: Child;
  bodyClass?: string;
  /**
   * false: no scripts at all; "portal": only the client portal's small script; "portal+passkeys":
   * and the passkey ceremonies, on the pages that offer passkeys.
   */
  scripts?: boolean | "portal" | "portal+passkeys";
}) {
  const portal = props.scripts === "portal" || props.scripts === "portal+passkeys";
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={props.lang ?? "en"}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {props.scripts === false || portal ? null : (
            <meta name="htmx-config" content='{"includeIndicatorCSS":false,"defaultSwap":"outerHTML"}' />
          )}
          <title>{props.title}</title>
          <link rel="stylesheet" href={asset("/css/app.css")} />
          <link rel="stylesheet" href={themeHref(props.brandColor)} />
          <link rel="icon" href={asset("/favicon.svg")} type="image/svg+xml" />
          {portal ? <script src={asset("/js/portal.js")} defer></script> : null}
          {props.scripts === "portal+passkeys" ? <script src={asset("/js/passkeys.js")} defer></script> : null}
          {props.scripts === false || portal ? null : (
            <>
              <script src={asset("/js/htmx.min.js")} defer></script>
              <script src={asset("/js/app.js")} defer></script>
            </>
          )}
        </head>
        <body class={props.bodyClass}>{props.children}</body>
      </html>
    </>
  );
}

export interface ShellAgency {
  name: string;
  brandColor: string;
  logoUrl: string | null;
  /** The zone the dashboard shows times in (null: not chosen yet, UTC). */
  timeZone?: string | null;
  /** The portal language travelers get unless their contact names one (SPEC §14). */
  portalLanguage?: string;
}

export type NavSection = "trips" | "contacts" | "portal-access" | "settings";

export function DashboardLayout(props: {
  title: string;
  agency: ShellAgency;
  advisorName: string;
  active: NavSection;
  flash?: Flash;
  children: Child;
}) {
  const link = (section: NavSection, href: string, label: string) => (
    <a
      href={href}
      class={props.active === section ? "nav-link active" : "nav-link"}
      aria-current={props.active === section ? "page" : undefined}
    >
      {label}
    </a>
  );
  return (
    <Document
      title={`${props.title} · ${props.agency.name}`}
      brandColor={props.agency.brandColor}
      bodyClass="dashboard"
    >
      <a href="#main" class="skip-link">
        Skip to content
      </a>
      <header class="topbar">
        <a href="/trips" class="brand">
          {/* Without a logo, the agency's name alone, as its clients see it (SPEC §6). */}
          {props.agency.logoUrl ? <LogoImg src={props.agency.logoUrl} height={28} maxWidth={112} /> : null}
          <span class="brand-name">{props.agency.name}</span>
        </a>
        <nav class="nav" aria-label="Main">
          {link("trips", "/trips", "Trips")}
          {link("contacts", "/contacts", "Contacts")}
          {link("portal-access", "/portal-access", "Portal access")}
          {link("settings", "/settings", "Settings")}
        </nav>
        <form method="post" action="/logout" class="signout">
          <span class="who">{props.advisorName}</span>
          <button type="submit" class="btn btn-quiet">
            Sign out
          </button>
        </form>
      </header>
      <main id="main" class="main">
        {props.flash ? (
          <p class={props.flash.kind === "error" ? "alert alert-error" : "alert alert-ok"} role="status">
            {props.flash.message}
          </p>
        ) : null}
        {/* Toasts (public/js/app.js) appear where a flash does, above the content: never over a table. */}
        <div id="toasts" class="toasts" role="status" aria-live="polite"></div>
        {props.children}
      </main>
    </Document>
  );
}

/** Full page for a normal request, the fragment alone for an htmx request. */
export function pageOrFragment(c: Context, full: () => Child, fragment: () => Child, status: 200 | 409 | 422 = 200) {
  const body = c.req.header("HX-Request") === "true" ? fragment() : full();
  return c.html(body as string, status);
}
