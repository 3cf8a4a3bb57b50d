// The search box and the Previous/Next links every long list shares. Both are plain GET forms
// and links (they work without JavaScript); with htmx the search runs as you type and only the
// results region is swapped, with the URL kept in step so a view can be bookmarked.
import { SEARCH_MAX_CHARS } from "../lib/keyset";

export function ListSearch(props: {
  action: string;
  q: string;
  label: string;
  placeholder: string;
  target: string;
  /** Other parts of the view the search keeps (a filter), as hidden fields. */
  keep?: Record<string, string>;
  /** The address asked for a longer search than the box takes, and it was cut (readSearch). */
  cut?: boolean;
}) {
  return (
    <search>
      <form method="get" action={props.action} class="list-search">
        {Object.entries(props.keep ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <label for="q" class="visually-hidden">
          {props.label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          value={props.q}
          placeholder={props.placeholder}
          maxlength={SEARCH_MAX_CHARS}
          aria-describedby={props.cut ? "q-cut" : undefined}
          autocomplete="off"
          hx-get={props.action}
          hx-include={props.keep ? "closest form" : undefined}
          hx-trigger="input changed delay:300ms, search"
          hx-target={`#${props.target}`}
          hx-swap="outerHTML"
          hx-push-url="true"
        />
        <button type="submit" class="btn">
          Search
        </button>
      </form>
      {props.cut ? (
        <p id="q-cut" class="muted">
          Searched for the first {SEARCH_MAX_CHARS} characters: a search can't be longer.
        </p>
      ) : null}
    </search>
  );
}

export function Pager(props: {
  action: string;
  q: string;
  previous: string | null;
  next: string | null;
  label: string;
  /** Other parts of the view the pages keep (a filter). */
  keep?: Record<string, string>;
}) {
  if (!props.previous && !props.next) return null;
  const href = (key: "after" | "before", cursor: string) =>
    `${props.action}?${new URLSearchParams({ ...props.keep, ...(props.q ? { q: props.q } : {}), [key]: cursor }).toString()}`;
  return (
    <nav class="pager" aria-label={props.label}>
      {props.previous ? (
        <a href={href("before", props.previous)} class="btn">
          ← Previous
        </a>
      ) : (
        <span />
      )}
      {props.next ? (
        <a href={href("after", props.next)} class="btn">
          Next →
        </a>
      ) : null}
    </nav>
  );
}
