// `npm run i18n`: compiles messages/**/{locale}.json (the traveler's words, SPEC §14) into typed
// message functions in src/i18n/paraglide/ with Paraglide JS, offline (project.inlang names the
// message-format plugin in node_modules, not a CDN). `npm run i18n -- --check` compiles to a
// temporary folder and fails if the committed output differs (CI runs it).
//
// Every message takes its locale from the caller (src/i18n/messages.ts passes the render context):
// the compiled index is pointed at src/i18n/explicit-locale.js instead of Paraglide's runtime, so
// there is no global "current locale" to fall back on, and a call without one throws.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OUT = "src/i18n/paraglide";
const check = process.argv.includes("--check");
const outdir = check ? mkdtempSync(join(tmpdir(), "trips-i18n-")) : OUT;

const compiled = spawnSync(
  "npx",
  [
    "paraglide-js",
    "compile",
    "--project",
    "./project.inlang",
    "--outdir",
    outdir,
    "--strategy",
    "custom-explicit",
    "--output-structure",
    "locale-modules",
    "--emit-ts-declarations",
    "--no-emit-git-ignore",
    "--no-emit-prettier-ignore",
    "--no-emit-readme",
    "--disable-async-local-storage",
    "--silent",
  ],
  { encoding: "utf8", stdio: ["ignore", "inherit", "inherit"] },
);
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const index = join(outdir, "messages", "_index.js");
const source = readFileSync(index, "utf8");
const runtimeImport = 'import { getLocale, experimentalStaticLocale } from "../runtime.js"';
if (!source.includes(runtimeImport)) {
  console.error(`${index}: Paraglide's runtime import changed; update scripts/i18n.mjs.`);
  process.exit(1);
}
writeFileSync(
  index,
  source.replace(runtimeImport, 'import { getLocale, experimentalStaticLocale } from "../../explicit-locale.js"'),
);

if (check) {
  const list = (root) =>
    readdirSync(root, { recursive: true })
      .map(String)
      .filter((p) => statSync(join(root, p)).isFile())
      .sort();
  const fresh = list(outdir);
  const committed = list(OUT);
  const stale = [
    ...fresh.filter(
      (p) => !committed.includes(p) || readFileSync(join(outdir, p), "utf8") !== readFileSync(join(OUT, p), "utf8"),
    ),
    ...committed.filter((p) => !fresh.includes(p)),
  ];
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`src/i18n/paraglide is out of date (${stale.join(", ")}): run npm run i18n and commit it.`);
    process.exit(1);
  }
  console.log("src/i18n/paraglide matches messages/.");
}
