// The search box and the Previous/Next links every long list shares. Both are plain GET forms
// and links (they work without JavaScript); with htmx the search runs as you type and only the
// results region is swapped, with the URL kept in step so a view can be bookmarked.

export function ListSearch(props: {
  action: string;
  q: string;
  label: string;
  placeholder: string;
  target: string;
  /** Other parts of the view the search keeps (a filter), as hidden fields. */
  keep?: Record<string, string>;
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
          maxlength={100}
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
