// Times as people read them: in the agency's time zone and the page's language, relative where
// people think relatively ("2 days ago", "expires in 3 days"), and exact in <time datetime> and on
// hover. The zone and the language come in the render context (i18n/format.ts), passed to each
// <When>: never from module state, which concurrent requests would share.
import { formatDate, formatDateTime, type RenderContext, relativeTime } from "../i18n/format";

/**
 * A moment as people say it: relative within a week, else the date, in the context's zone; the
 * exact time is in `datetime` and on hover.
 */
export function When(props: { rc: RenderContext; at: Date | number; now?: Date }) {
  const at = new Date(props.at);
  return (
    <time datetime={at.toISOString()} title={formatDateTime(props.rc, at)}>
      {relativeTime(props.rc, at, props.now ?? new Date()) ?? formatDate(props.rc, at)}
    </time>
  );
}
