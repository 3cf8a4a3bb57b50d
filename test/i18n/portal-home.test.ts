// The signed-in portal in the traveler's language (SPEC §14): the home and a document page for a
// contact who reads Spanish, in an agency whose default is French, come in Spanish words, with
// Spanish dates and money, and the "N more documents" line in Spanish for one and for several.
import { describe, expect, it } from "vitest";
import { CLIENT_PASSWORD, get, makeDocument, makeTraveler, makeTrip, post } from "../fixtures";
import { cookieFrom } from "../portal/helpers";

const SHARED_AT = new Date("2026-11-14T12:00:00Z");

async function spanishTraveler() {
  const t = await makeTraveler("active", {
    agency: { portalLanguage: "fr" },
    contact: { firstName: "Lucía", language: "es" },
    trip: { title: "Ruta por Andalucía", destination: "España", startsOn: "2027-04-12", endsOn: "2027-04-20" },
  });
  const slug = t.agency.portalSlug!;
  const session = cookieFrom(
    await post(`/portal/${slug}/login`, { email: t.contact.email!, password: CLIENT_PASSWORD }),
  );
  return { ...t, slug, session };
}

async function shareDocuments(t: { agency: { id: string }; advisor: { id: string } }, tripId: string, count: number) {
  const docs = [];
  for (let i = 0; i < count; i++)
    docs.push(
      await makeDocument(t.agency.id, tripId, {
        title: `Factura F-${i + 1}`,
        amountCents: 1234550,
        currency: "EUR",
        lineItems: [{ label: "Hoteles", amountCents: 1234550 }],
        firstSharedAt: new Date(SHARED_AT.getTime() - i * 1000),
        firstSharedBy: t.advisor.id,
      }),
    );
  return docs;
}

describe("the signed-in portal in the traveler's language", () => {
  it("renders the home in Spanish, with Spanish dates, money and the plural line for 1 and for 3 more documents", async () => {
    const t = await spanishTraveler();
    // The home shows five documents a trip: six leave one more, eight leave three more.
    await shareDocuments(t, t.trip.id, 6);
    const second = await makeTrip(t.agency.id, [{ contactId: t.contact.id, isPrimary: true }], {
      title: "Escapada a Oporto",
      startsOn: "2027-05-02",
      endsOn: "2027-05-05",
    });
    await shareDocuments(t, second.id, 8);

    const res = await get(`/portal/${t.slug}`, t.session);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="es"');
    expect(html).toContain("<title>Tus viajes · Pride Travelers</title>");
    for (const text of [
      "Hola, Lucía",
      "Inicio de sesión y seguridad",
      "Cerrar sesión",
      'aria-label="Tu agente de viajes"',
      "12\u00a0abr\u00a02027 – 20\u00a0abr\u00a02027",
      "12.345,50\u00a0€",
      "Factura</span>",
      "Compartida el 14 nov 2026",
      "1 documento más de este viaje",
      "3 documentos más de este viaje",
    ])
      expect(html).toContain(text);
    for (const english of ["Hi Lucía", "Sign out", "Shared ", "more document", "Invoice", "Your travel advisor"])
      expect(html).not.toContain(english);
  });

  it("renders a document page in Spanish", async () => {
    const t = await spanishTraveler();
    const [doc] = await shareDocuments(t, t.trip.id, 1);

    const res = await get(`/portal/${t.slug}/documents/${doc!.id}`, t.session);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="es"');
    expect(html).toContain("<title>Factura: Factura F-1 · Pride Travelers</title>");
    for (const text of [
      'aria-label="Ruta de navegación"',
      ">Tus viajes</a>",
      "Imprimir o guardar en PDF",
      "<dt>Preparada para</dt>",
      "<dt>Viaje</dt>",
      "<dt>Fechas</dt>",
      "<dd>12\u00a0abr\u00a02027 – 20\u00a0abr\u00a02027</dd>",
      "<dt>Compartida el</dt>",
      "<dd>14 nov 2026</dd>",
      "Qué incluye esta factura",
      ">Concepto</th>",
      "Importe",
      "<strong>12.345,50\u00a0€</strong>",
      `Compartida por ${t.advisor.name} el 14 nov 2026.`,
      "← Todos tus viajes",
    ])
      expect(html).toContain(text);
    for (const english of ["Prepared for", "Print or save", "Shared ", "All your trips", "Amount", "$"])
      expect(html).not.toContain(english);
  });
});
