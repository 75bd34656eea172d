/** The English page `/en/`: who runs the portal and how to reach them (required of state-agency portals). */
import type { PageData } from "../components/page-data.ts";
import { Base } from "../components/Base.tsx";

export const data = { permalink: "/en/" };

export default function English({ bantin }: PageData): JSX.Element {
  const { site, categories } = bantin;
  const tel = site.contact.phone.replace(/[^\d+]/g, "");
  return (
    <Base
      bantin={bantin}
      meta={{
        title: "English",
        description: `About the portal of the ${site.publisher} and how to contact it.`,
        url: "/en/",
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "GovernmentOrganization",
          name: site.publisher,
          url: site.baseUrl + "/",
          address: { "@type": "PostalAddress", streetAddress: site.contact.address, addressLocality: site.city, addressCountry: "VN" },
          telephone: site.contact.phone,
          email: site.contact.email,
        },
      }}
    >
      <div class="wrap en-page" lang="en">
        <h1>About this portal</h1>
        <p class="lede">
          <span lang="vi">{site.name}</span> is the official news portal of the <span lang="vi">{site.publisher}</span>
          {" "}(<span lang="vi">{site.district}, {site.city}</span>, Viet Nam). It publishes the district's news, notices and
          events in Vietnamese.
        </p>
        <h2>Contact</h2>
        <address>
          <p><strong lang="vi">{site.publisher}</strong></p>
          <p>Address: <span lang="vi">{site.contact.address}</span></p>
          <p>Telephone: <a href={`tel:${tel}`}>{site.contact.phone.replace(/ /g, "\u00a0")}</a></p>
          <p>E-mail: <a href={`mailto:${site.contact.email}`}>{site.contact.email}</a></p>
        </address>
        <h2>Finding your way</h2>
        <ul>
          <li><a href="/tim-kiem/">Search</a> (accents are optional: "hoan kiem" finds "Hoàn Kiếm")</li>
          <li><a href="/luu-tru/">Archive</a> by year and month</li>
          <li><a href="/feed.xml">Atom feed</a> of the latest news</li>
          {categories.map((c) => <li>Section: <a href={`/${c.slug}/`} lang="vi">{c.name}</a></li>)}
        </ul>
      </div>
    </Base>
  );
}
