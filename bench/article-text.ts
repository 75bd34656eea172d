/** One synthetic district article (front matter + Markdown body) drawn from a seeded stream. */
import type { Rng } from "./prng.ts";
import { AUTHORS, AWARD_KINDS, BYLINES, FAMILY, GIVEN_F, GIVEN_M, GRANTORS, IMAGE_ALTS, IMAGES, MIDDLE_F, MIDDLE_M, ROLES, SOURCES, STREETS, TAGS, VENUES, VOICES, WARDS, type CategoryVoice } from "./vocab.ts";

/** A district official who attends and speaks across many articles. */
export interface Official {
  name: string;
  role: string;
}

/** What the writer needs to place one article. */
export interface ArticleSeed {
  category: string;
  /** Publication time, local (+07:00). */
  date: Date;
  /** Body size to reach, in UTF-8 bytes. */
  targetBytes: number;
  officials: readonly Official[];
}

const pad = (n: number) => String(n).padStart(2, "0");
const ddmmyyyy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
const fill = (s: string, rng: Rng) => s.replace("{w}", rng.pick(WARDS)).replace("{n}", String(rng.int(1, 12)));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower the first letter of a common noun ("Các phường" → "các phường"), never of an acronym ("UBND quận"). */
const low = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const yamlString = (s: string) => JSON.stringify(s);

/** A person's full name: family, middle, given. */
export function personName(rng: Rng): string {
  const female = rng.chance(0.4);
  return `${rng.pick(FAMILY)} ${rng.pick(female ? MIDDLE_F : MIDDLE_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`;
}

/** The corpus's officials: a fixed cast, so people pages gather many articles each. */
export function officials(rng: Rng, count: number): Official[] {
  return Array.from({ length: count }, () => ({ name: personName(rng), role: fill(rng.pick(ROLES), rng) }));
}

function sentence(v: CategoryVoice, rng: Rng, year: number): string {
  switch (rng.int(0, 4)) {
    case 0:
      return `Năm ${year}, ${low(rng.pick(v.subjects))} ${rng.pick(v.actions)} ${rng.int(2, 95)} ${rng.pick(v.objects)}, đạt ${rng.int(80, 130)}% kế hoạch.`;
    case 1:
      return `${rng.pick(v.subjects)} ${rng.pick(v.actions)} ${rng.pick(v.objects)} ${rng.pick(v.tails)}, ${rng.pick(v.actions)} ${rng.pick(v.objects)}.`;
    case 2:
      return `Tại phường ${rng.pick(WARDS)}, ${low(rng.pick(v.subjects))} ${rng.pick(v.actions)} ${rng.pick(v.objects)} trên các tuyến phố ${rng.pick(STREETS)}, ${rng.pick(STREETS)}.`;
    case 3:
      return `Bên cạnh đó, ${low(rng.pick(v.subjects))} ${rng.pick(v.actions)} ${rng.pick(v.objects)} ${rng.pick(v.tails)}.`;
    default:
      return `${cap(rng.pick(v.objects))} tiếp tục được ${low(rng.pick(v.subjects))} quan tâm, ${rng.pick(v.tails)}.`;
  }
}

function paragraph(v: CategoryVoice, rng: Rng, year: number): string {
  const n = rng.int(3, 6);
  let s = "";
  for (let i = 0; i < n; i++) s += (i ? " " : "") + sentence(v, rng, year);
  return rng.chance(0.1) ? s.replace(/^(\S+ \S+ \S+)/, "**$1**") : s;
}

function attendance(people: readonly Official[], event: string, rng: Rng): string {
  const list = people.map((p) => `${p.name} – ${p.role}`).join("; ");
  return `Tới dự ${event} có các đồng chí: ${list} và trên ${rng.int(3, 40) * 10} đại biểu là lãnh đạo các phòng, ban, ngành quận, 18 phường và đại diện các tập thể, cá nhân tiêu biểu.`;
}

function speech(p: Official, event: string, v: CategoryVoice, rng: Rng): string {
  const verb = rng.pick(["Phát biểu chỉ đạo", "Phát biểu tại", "Kết luận", "Phát biểu khai mạc"]);
  return `${verb} ${event}, đồng chí ${p.name} – ${p.role} ${rng.pick(["ghi nhận", "đánh giá cao", "biểu dương"])} ${rng.pick(v.objects)} và đề nghị ${low(rng.pick(v.subjects))} ${rng.pick(v.actions)} ${rng.pick(v.objects)} ${rng.pick(v.tails)}.`;
}

function awardLines(year: number, rng: Rng): string {
  const lines: string[] = [];
  for (let i = rng.int(1, 4); i > 0; i--) {
    const kind = rng.pick(AWARD_KINDS);
    const who = rng.chance(0.6) ? `${rng.int(2, 60)} tập thể và ${rng.int(3, 90)} cá nhân` : rng.chance(0.5) ? `${pad(rng.int(1, 9))} tập thể` : `${rng.int(5, 120)} cá nhân`;
    const named = rng.chance(0.3) ? ` là ${rng.sample(WARDS, rng.int(1, 3)).map((w) => `phường ${w}`).join(", ")}` : "";
    lines.push(`- ${who} được ${rng.pick(GRANTORS)} tặng ${kind} ${rng.pick(["vì có thành tích xuất sắc", "đã có thành tích"])} trong năm ${year}${named};`);
  }
  return `Ghi nhận những thành tích đó, tại ${rng.pick(["hội nghị", "buổi lễ"])}:\n\n${lines.join("\n")}`;
}

function figure(p: Official, event: string, rng: Rng): { markdown: string; caption: string } {
  const caption = `Đồng chí ${p.name} – ${p.role} ${rng.pick(["phát biểu tại", "trao tặng Giấy khen tại", "dự"])} ${event}.`;
  return { markdown: `![${rng.pick(IMAGE_ALTS)}](/images/${rng.pick(IMAGES)}.jpg ${yamlString(caption)})`, caption };
}

/** No body is shorter than this many bytes. */
const MIN_BODY = 1500;

/** Byte length of a string in UTF-8. */
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * Title, front matter and body of one article.
 * @example writeArticle(seed, rng).text.startsWith("---\ntitle:") // true
 */
export function writeArticle(seed: ArticleSeed, rng: Rng): { title: string; frontMatter: string[]; body: string } {
  const v = VOICES[seed.category] ?? (VOICES["tin-tuc"] as CategoryVoice);
  const year = seed.date.getUTCFullYear();
  const event = rng.pick(v.events);
  const topic = rng.pick(v.topics);
  const org = rng.pick(v.subjects);
  const ward = rng.pick(WARDS);
  const title = cap(rng.pick([
    `${org} ${event} ${topic} năm ${year}`,
    `Phường ${ward}: ${event} ${topic}`,
    `${cap(event)} ${topic} tại phường ${ward}`,
    `Quận Hoàn Kiếm ${rng.pick(v.actions)} ${rng.pick(v.objects)} năm ${year}`,
    `${org} ${rng.pick(v.actions)} ${rng.pick(v.objects)} tháng ${seed.date.getUTCMonth() + 1}/${year}`,
    `Phường ${ward} ${rng.pick(v.actions)} ${rng.int(2, 300)} ${rng.pick(v.objects)}`,
  ]));
  const people = rng.sample(seed.officials, rng.int(2, 6));
  const venue = fill(rng.pick(VENUES), rng);
  const blocks: string[] = [
    `${rng.pick(["Sáng", "Chiều", "Tối"])} ngày ${ddmmyyyy(seed.date)}, tại ${venue}, ${low(org)} đã tổ chức ${event} ${topic}.`,
    attendance(people, event, rng),
  ];
  const captions: string[] = [];
  const awards = rng.chance(v.awards) ? awardLines(year, rng) : null;
  const closing = speech(people[0] as Official, event, v, rng);
  let size = bytes(blocks.join("\n\n")) + bytes(closing) + (awards ? bytes(awards) + 2 : 0) + 3;
  // Stop before the block that would overshoot by more than half its size: sizes land near the target.
  for (;;) {
    const roll = rng.next();
    let block: string;
    if (roll < 0.08) block = `## ${cap(rng.pick(v.objects))}`;
    else if (roll < 0.16) block = speech(rng.pick(people), event, v, rng);
    else if (roll < 0.21) {
      const f = figure(rng.pick(people), event, rng);
      block = f.markdown;
    } else block = paragraph(v, rng, year);
    const next = size + bytes(block) + 2;
    if (next > seed.targetBytes && (size >= MIN_BODY && next - seed.targetBytes > (next - size) / 2)) break;
    blocks.push(block);
    size = next;
  }
  if (awards) blocks.push(awards);
  blocks.push(closing);
  if (rng.chance(0.1)) for (let i = rng.int(1, 3); i > 0; i--) captions.push(figure(rng.pick(people), event, rng).caption);

  const fm = [
    `title: ${yamlString(title)}`,
    `date: "${year}-${pad(seed.date.getUTCMonth() + 1)}-${pad(seed.date.getUTCDate())}T${pad(seed.date.getUTCHours())}:${pad(seed.date.getUTCMinutes())}:00+07:00"`,
    `category: ${seed.category}`,
    `author: ${rng.pick(AUTHORS)}`,
    `byline: ${rng.pick(BYLINES)}`,
    `source: ${rng.pick(SOURCES)}`,
  ];
  const tags = rng.sample(TAGS, rng.int(0, 3));
  if (tags.length) fm.push(`tags: [${tags.map(yamlString).join(", ")}]`);
  if (rng.chance(0.5)) fm.push(`views: ${rng.int(5, 20000)}`);
  if (rng.chance(0.3)) fm.push(`image: { src: /images/${rng.pick(IMAGES)}.jpg, alt: ${yamlString(rng.pick(IMAGE_ALTS))} }`);
  if (captions.length) fm.push("captions:", ...captions.map((c) => `  - ${yamlString(c)}`));
  return { title, frontMatter: fm, body: blocks.join("\n\n") + "\n" };
}
