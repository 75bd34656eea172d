/** Site footer: publisher, contacts and the portal's own pages. */
import type { SiteData } from "../../src/pipeline/site-data.ts";

export function Footer(props: { bantin: SiteData }): JSX.Element {
  const { site } = props.bantin;
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p><strong>{site.publisher}</strong></p>
        <p>Địa chỉ: {site.contact.address}. Điện thoại: {site.contact.phone}. Thư điện tử: <a href={`mailto:${site.contact.email}`}>{site.contact.email}</a></p>
        <ul class="footer-links">
          <li><a href="/tim-kiem/">Tìm kiếm</a></li>
          <li><a href="/luu-tru/">Lưu trữ</a></li>
          <li><a href="/the/">Thẻ</a></li>
          <li><a href="/nhan-vat/">Nhân vật</a></li>
          <li><a href="/khen-thuong/">Khen thưởng</a></li>
          <li><a href="/feed.xml">Tin mới (Atom)</a></li>
          <li><a href="/sitemap.xml">Sơ đồ trang</a></li>
          <li><a href="/en/" lang="en" hreflang="en">English</a></li>
        </ul>
      </div>
    </footer>
  );
}
