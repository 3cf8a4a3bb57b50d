// An agency's uploaded logo, sized from its path (lib/logo.ts) so the page never jumps.
import { logoDisplaySize } from "../lib/logo";

export function LogoImg(props: { src: string; height: number; maxWidth: number; class?: string }) {
  const size = logoDisplaySize(props.src, props.height, props.maxWidth);
  return <img src={props.src} alt="" width={size.width} height={size.height} class={props.class ?? "brand-logo"} />;
}
