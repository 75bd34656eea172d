/** The catalogue of content problem codes. Each is documented in docs/errors.md; never reuse a code. */
import type { Severity } from "./problems.ts";

interface CodeInfo {
  severity: Severity;
  /** Short Vietnamese title, used in docs and summaries. */
  title: string;
}

export const CODES = {
  BT001: { severity: "error", title: "Front matter YAML không hợp lệ" },
  BT002: { severity: "error", title: "Front matter không được đóng bằng ---" },
  BT003: { severity: "error", title: "Thiếu trường bắt buộc" },
  BT004: { severity: "error", title: "Trường bắt buộc bị để trống" },
  BT005: { severity: "error", title: "Sai kiểu dữ liệu" },
  BT006: { severity: "error", title: "Ngày không hợp lệ" },
  BT007: { severity: "error", title: "Chuyên mục không tồn tại" },
  BT008: { severity: "error", title: "Chuyên mục viết sai dấu hoặc hoa/thường" },
  BT009: { severity: "error", title: "Hai bài viết trùng địa chỉ (URL)" },
  BT010: { severity: "error", title: "Slug không an toàn" },
  BT011: { severity: "error", title: "Tệp rỗng" },
  BT012: { severity: "error", title: "Tệp không phải văn bản UTF-8" },
  BT013: { severity: "error", title: "Tệp quá lớn" },
  BT014: { severity: "error", title: "Khóa trùng lặp trong front matter" },
  BT015: { severity: "warning", title: "Trường không được hỗ trợ" },
  BT016: { severity: "error", title: "Ảnh không tồn tại" },
  BT017: { severity: "error", title: "Giá trị không hợp lệ" },
  BT018: { severity: "error", title: "Tệp danh mục chuyên mục không hợp lệ" },
  BT019: { severity: "error", title: "Tệp trong content/ không phải bài viết .md" },
  BT020: { severity: "error", title: "Địa chỉ bài trùng trang danh sách" },
  BT101: { severity: "warning", title: "Ngày ghi theo giờ UTC (Z)" },
  BT102: { severity: "warning", title: "Thẻ chỉ khác nhau về dấu hoặc hoa/thường" },
  BT103: { severity: "warning", title: "Ảnh thiếu mô tả (alt)" },
  BT104: { severity: "warning", title: "Tiêu đề quá dài" },
  BT105: { severity: "warning", title: "Chú thích ảnh không có ảnh" },
  BT106: { severity: "warning", title: "Mã HTML trong bài hiện thành chữ, không chạy" },
  BT107: { severity: "warning", title: "Liên kết không an toàn bị bỏ" },
} as const satisfies Record<string, CodeInfo>;

export type ProblemCode = keyof typeof CODES;
