import { describe, expect, it } from "vitest";
import { deserialize, serialize } from "node:v8";
import { packRecords, unpackRecords, type PackedRecords } from "../../src/cache/lazy-records.ts";

const ref = (n: number) => ({ url: `/tin-tuc/bai-${n}/`, title: `Bài ${n}`, published: "2024-01-01T08:00:00+07:00" });

/** Two officials sharing article refs, as collectPeople makes them. */
function people() {
  const a = ref(1);
  const b = ref(2);
  return [
    { key: "an", url: "/nhan-vat/an/", name: "Nguyễn Văn An", roles: [{ role: "Chủ tịch", articles: [a, b] }], mentions: [{ article: a, as: ["attendee"] }, { article: b, as: ["speaker"] }], counts: { articles: 2 } },
    { key: "binh", url: "/nhan-vat/binh/", name: "Trần Bình", roles: [], mentions: [{ article: a, as: ["caption"] }], counts: { articles: 1 } },
  ];
}

/** Through v8, as the stored collections file goes. */
const throughDisk = (p: PackedRecords) => deserialize(serialize(p)) as PackedRecords;

describe("packed records", () => {
  it("come back equal, fields in the same order", () => {
    const original = people();
    const back = unpackRecords<(typeof original)[number]>(throughDisk(packRecords(original, ["roles", "mentions"])));
    expect(JSON.stringify(back)).toBe(JSON.stringify(original));
    expect(back.map((r) => Object.keys(r))).toEqual(original.map((r) => Object.keys(r)));
  });

  it("keep heavy fields as getters until read, light ones as values", () => {
    const [first] = unpackRecords<Record<string, unknown>>(throughDisk(packRecords(people(), ["roles", "mentions"])));
    expect(Object.getOwnPropertyDescriptor(first, "roles")?.get).toBeTypeOf("function");
    expect(Object.getOwnPropertyDescriptor(first, "name")?.value).toBe("Nguyễn Văn An");
    // Read once: the same objects every time.
    expect(first?.["roles"]).toBe(first?.["roles"]);
  });

  it("share again what was shared between records (an article's ref)", () => {
    const back = unpackRecords<ReturnType<typeof people>[number]>(throughDisk(packRecords(people(), ["roles", "mentions"])));
    const [an, binh] = back;
    expect(an?.mentions[0]?.article).toBe(binh?.mentions[0]?.article);
    expect(an?.roles[0]?.articles[0]).toBe(an?.mentions[0]?.article);
  });
});
