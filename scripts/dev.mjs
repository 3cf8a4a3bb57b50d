// `npm run dev`: the whole product on http://localhost:8787 with local D1, KV, demo data
// and the dev outbox. No accounts or secrets needed.
import { writeFileSync } from "node:fs";
import { startDevServer } from "./dev-server.mjs";
import { assetVersions, renderVersionsModule } from "./hash-assets.mjs";

// Pages link assets by content hash; refresh the hashes so an edited stylesheet shows at once.
writeFileSync(new URL("../src/ui/asset-versions.ts", import.meta.url), renderVersionsModule(assetVersions()));

const { baseUrl, child } = await startDevServer({ port: Number(process.env.PORT ?? 8787) });
console.log(`
  Trips portal access is running at ${baseUrl}

  Advisor sign-in   ${baseUrl}/login
    pat@pridetravelers.example / travel-demo-2026   (Pride Travelers)
    lee@bluehorizon.example    / travel-demo-2026   (Blue Horizon Journeys)
  Client portal     ${baseUrl}/portal/pride-travelers/login
    farah@example.com / client-demo-2026
  Dev outbox        ${baseUrl}/dev/outbox
`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
