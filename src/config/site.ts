/** The typed site configuration: one place for the portal's name, address and district. */

export interface SiteConfig {
  /** Portal name shown in the header and feeds. */
  name: string;
  /** Short name for the browser tab. */
  shortName: string;
  /** Absolute base URL without trailing slash, e.g. `https://hoankiem.example.vn`. */
  baseUrl: string;
  /** The district the portal serves. */
  district: string;
  /** The city or province. */
  city: string;
  /** Publisher (the agency that runs the portal). */
  publisher: string;
  /** Postal address, phone and e-mail, shown in the footer and on the English page. */
  contact: { address: string; phone: string; email: string };
  /** Page language: always `vi`. */
  lang: "vi";
  /** Time zone of every date: always Asia/Ho_Chi_Minh. */
  timeZone: "Asia/Ho_Chi_Minh";
  /** Articles per list page. */
  perPage: number;
  /** Articles in the home page's "latest" block and in each category block. */
  homeLatest: number;
  homePerCategory: number;
  /** Entries in each feed. */
  feedSize: number;
}

/** The default: the Hoàn Kiếm district portal (demo). */
export const site: SiteConfig = {
  name: "Cổng thông tin điện tử quận Hoàn Kiếm",
  shortName: "Quận Hoàn Kiếm",
  baseUrl: process.env["BANTIN_BASE_URL"]?.replace(/\/+$/, "") || "https://hoankiem.bantin.example",
  district: "quận Hoàn Kiếm",
  city: "Hà Nội",
  publisher: "Ủy ban nhân dân quận Hoàn Kiếm",
  contact: {
    address: "126 phố Hàng Trống, quận Hoàn Kiếm, Hà Nội",
    phone: "024 3825 3536",
    email: "vanphong@hoankiem.bantin.example",
  },
  lang: "vi",
  timeZone: "Asia/Ho_Chi_Minh",
  // BANTIN_PER_PAGE: the browser tests use short pages so the demo has a page 2 to walk to.
  perPage: Number(process.env["BANTIN_PER_PAGE"]) || 20,
  homeLatest: 8,
  homePerCategory: 4,
  feedSize: 30,
};
