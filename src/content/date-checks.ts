/** The dates of a front matter (publication, last update, event day), each read and checked on its own. */
import { readDate, type DateReading } from "../text/dates.ts";
import { problem, type Problem, type Where } from "./problems.ts";
import type { ValidFields } from "./validate.ts";

/** The event day is a calendar day: pages print it as dd/mm/yyyy and the extraction contract keeps YYYY-MM-DD. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the dates of a front matter gave; null where the field is absent or failed the schema (already reported). */
export interface DateChecks {
  date: DateReading | null;
  updated: DateReading | null;
  problems: Problem[];
}

/**
 * Read `date`, `updated` and `eventDate`; `at` says where a field is written.
 * @example checkDates({ date: "hôm qua" }, at).problems[0]?.code // "BT006"
 */
export function checkDates(fields: ValidFields, at: (field: string) => Where): DateChecks {
  const problems: Problem[] = [];
  const date = fields.date === undefined ? null : readDate(fields.date);
  if (date && !date.ok) problems.push(problem("BT006", at("date"), `"${fields.date}" không phải ngày hợp lệ. Dùng dạng YYYY-MM-DDTHH:mm, ví dụ "2021-01-12T16:14" (giờ Việt Nam).`));
  else if (date?.utc) problems.push(problem("BT101", at("date"), `"${fields.date}" là giờ UTC (Z), sẽ hiển thị là ${date.iso}. Nếu đó là giờ Việt Nam, thay Z bằng +07:00.`));
  const updated = fields.updated === undefined ? null : readDate(fields.updated);
  if (updated && !updated.ok) problems.push(problem("BT006", at("updated"), `"${fields.updated}" không phải ngày hợp lệ. Dùng dạng YYYY-MM-DDTHH:mm.`));
  const event = fields.eventDate;
  if (event !== undefined && !(DAY.test(event) && readDate(event).ok)) {
    problems.push(problem("BT006", at("eventDate"), `"${event}" không phải ngày hợp lệ cho ngày diễn ra sự kiện. Dùng dạng YYYY-MM-DD, ví dụ eventDate: "2024-05-04", hoặc xóa dòng để bantin tự đọc ngày trong bài.`));
  }
  return { date, updated, problems };
}
