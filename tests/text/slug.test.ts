import { describe, expect, it } from "vitest";
import { foldDiacritics, isSlug, slugify } from "../../src/text/slug.ts";

describe("slugify", () => {
  it("folds tone marks and turns đ/Đ into d", () => {
    expect(slugify("Đàm Văn Huân dự Đại hội Đoàn")).toBe("dam-van-huan-du-dai-hoi-doan");
  });

  it("gives the same slug for NFC and NFD input", () => {
    const nfc = "Tổng kết công tác Mặt trận năm 2020".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfc)).toBe("tong-ket-cong-tac-mat-tran-nam-2020");
  });

  it("drops punctuation and joins words with one dash", () => {
    expect(slugify("  “Kỷ cương – Phát triển”: năm 2021!  ")).toBe("ky-cuong-phat-trien-nam-2021");
  });

  it("cuts long titles at a word boundary, at most 80 characters", () => {
    const slug = slugify("Ủy ban MTTQ quận Hoàn Kiếm tổng kết công tác năm 2020, triển khai chương trình phối hợp và thống nhất hành động năm 2021");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect("uy-ban-mttq-quan-hoan-kiem-tong-ket-cong-tac-nam-2020-trien-khai-chuong-trinh-phoi-hop-va").toContain(slug);
  });

  it("keeps ơ, ư, ă, â, ê, ô as their base letters", () => {
    expect(foldDiacritics("Ơn ưu ăn ân ên ôn")).toBe("On uu an an en on");
  });

  it("recognises valid slugs and rejects paths", () => {
    expect(isSlug("tin-moi-2021")).toBe(true);
    expect(isSlug("../etc/passwd")).toBe(false);
    expect(isSlug("/tuyet-doi")).toBe(false);
    expect(isSlug("Có-dấu")).toBe(false);
  });
});
