/** Word pools for the benchmark corpus: names, roles, places and phrases of a Hà Nội district portal. */

export const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đàm", "Trương", "Lưu", "Cao", "Đinh", "Tạ", "Mai", "Chu", "Kiều", "Quách", "Lương", "Tô", "Hà", "Thái"];
export const MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Tuấn", "Hoàng", "Mạnh", "Xuân", "Ngọc", "Công", "Trọng", "Anh", "Hồng", "Việt", "Bá", "Duy"];
export const MIDDLE_F = ["Thị", "Thu", "Hồng", "Ngọc", "Thanh", "Minh", "Phương", "Lan", "Kim", "Bích", "Thùy", "Diệu", "Hải", "Mai", "Ánh"];
export const GIVEN_M = ["Huân", "Hùng", "Long", "Phú", "Khôi", "Đức", "Thịnh", "Tùng", "Dũng", "Cường", "Hải", "Nam", "Sơn", "Tuấn", "Trung", "Hiếu", "Quân", "Phong", "Bình", "Thắng", "Kiên", "Toàn", "Vinh", "Lâm", "Hưng", "Khánh", "Phúc", "Tài", "Đạt", "Quyết", "Thành", "Lực"];
export const GIVEN_F = ["Lan", "Hoa", "Nhung", "Tuyết", "Hương", "Hằng", "Trang", "Linh", "Ngọc", "Yến", "Thảo", "Phương", "Dung", "Hạnh", "Mai", "Vân", "Hà", "Thủy", "Loan", "Oanh", "Quyên", "Diệp", "Nga", "Châu", "Giang", "Hiền"];

export const WARDS = ["Hàng Bạc", "Hàng Bồ", "Hàng Buồm", "Hàng Đào", "Hàng Gai", "Hàng Mã", "Hàng Trống", "Lý Thái Tổ", "Phan Chu Trinh", "Phúc Tân", "Tràng Tiền", "Trần Hưng Đạo", "Chương Dương", "Cửa Đông", "Cửa Nam", "Đồng Xuân", "Hàng Bài", "Hàng Bông"];
export const STREETS = ["Hàng Trống", "Nhà Chung", "Lê Thái Tổ", "Đinh Tiên Hoàng", "Hàng Gai", "Lý Thường Kiệt", "Tràng Thi", "Bà Triệu", "Hai Bà Trưng", "Phủ Doãn", "Hàng Đường", "Hàng Ngang", "Mã Mây", "Tạ Hiện", "Lương Văn Can", "Hàng Khay", "Tông Đản", "Ngô Quyền", "Quang Trung", "Hàng Chuối"];

/** Offices whose holders attend and speak; `{w}` is filled with a ward. */
export const ROLES = [
  "Bí thư Quận ủy", "Phó Bí thư Thường trực Quận ủy", "Phó Bí thư Quận ủy, Chủ tịch UBND quận", "Chủ tịch HĐND quận",
  "Phó Chủ tịch UBND quận", "Phó Chủ tịch HĐND quận", "Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy",
  "Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", "Trưởng ban Dân vận Quận ủy", "Chánh Văn phòng HĐND và UBND quận",
  "Trưởng phòng Nội vụ quận", "Trưởng phòng Văn hóa và Thông tin quận", "Giám đốc Trung tâm Y tế quận", "Trưởng phòng Giáo dục và Đào tạo quận",
  "Chủ tịch Hội Liên hiệp Phụ nữ quận", "Bí thư Quận đoàn", "Chủ tịch Hội Cựu chiến binh quận", "Chủ tịch Liên đoàn Lao động quận",
  "Trưởng Công an quận", "Chỉ huy trưởng Ban Chỉ huy Quân sự quận", "Bí thư Đảng ủy phường {w}", "Chủ tịch UBND phường {w}",
  "Phó Chủ tịch UBND phường {w}", "Chủ tịch Ủy ban MTTQ phường {w}", "Phó Giám đốc Sở Văn hóa và Thể thao Hà Nội",
  "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Phó Chủ tịch UBND thành phố Hà Nội", "Phó Giám đốc Sở Y tế Hà Nội",
];

export const AWARD_KINDS = ["Giấy khen", "Bằng khen", "Cờ thi đua", "Kỷ niệm chương", "Giấy chứng nhận", "Huân chương Lao động hạng Ba"];
export const GRANTORS = ["UBND quận", "Chủ tịch UBND quận", "Chủ tịch UBND thành phố", "UBND thành phố Hà Nội", "Ủy ban MTTQ Việt Nam quận", "Quận ủy Hoàn Kiếm", "Liên đoàn Lao động thành phố", "Bộ trưởng Bộ Y tế"];

export const VENUES = ["hội trường tầng 4 – 33 phố Nhà Chung", "trụ sở UBND quận, 126 phố Hàng Trống", "Nhà văn hóa quận", "Cung Thiếu nhi Hà Nội", "trụ sở UBND phường {w}", "Trung tâm Văn hóa – Thông tin và Thể thao quận", "phố đi bộ Đinh Tiên Hoàng", "đền Ngọc Sơn", "Nhà hát Lớn Hà Nội", "Trung tâm Y tế quận", "Trường THCS Trưng Vương", "nhà văn hóa tổ dân phố số {n} phường {w}"];

export const AUTHORS = ["Lan Anh", "Bích Ngọc", "Minh Đức", "Thu Hà", "Hoàng Long", "Phương Thảo", "Quang Huy", "Mai Hương", "Việt Dũng", "Thanh Tâm", "Ngọc Diệp", "Hải Yến"];
export const BYLINES = ["Tin", "Tin, ảnh", "Bài và ảnh", "Tin"];
export const SOURCES = ["Phòng Văn hóa và Thông tin quận", "UBMTTQ quận", "Phòng Nội vụ quận", "Trung tâm Y tế quận", "Phòng Giáo dục và Đào tạo quận", "Đội Quản lý trật tự xây dựng đô thị quận", "Quận đoàn Hoàn Kiếm", "Văn phòng HĐND và UBND quận"];

export const IMAGES = ["cau-go", "co-do", "cong-trinh", "cong-truong", "di-tich", "ho-guom", "hoi-truong", "phao-hoa", "pho-cay-xanh", "pho-di-bo", "sach-vo", "tram-y-te", "trao-thuong", "ve-sinh"];
export const IMAGE_ALTS = ["Các đại biểu ngồi dự hội nghị trong hội trường", "Mặt hồ phẳng lặng, tháp nhỏ trên đảo giữa hồ", "Lực lượng chức năng kiểm tra vỉa hè trên phố", "Học sinh xếp hàng trong sân trường", "Cán bộ y tế khám bệnh cho người cao tuổi", "Đại biểu trao giấy khen cho các tập thể", "Dây đèn lồng nhiều màu giăng ngang phố đi bộ"];

export const TAGS = ["Covid-19", "an sinh xã hội", "phố đi bộ", "Hồ Hoàn Kiếm", "chuyển đổi số", "cải cách hành chính", "bầu cử", "Đại hội Đảng", "thanh niên", "phụ nữ", "người cao tuổi", "cựu chiến binh", "khuyến học", "tuyển sinh lớp 10", "an toàn thực phẩm", "phòng cháy chữa cháy", "trật tự vỉa hè", "xây dựng", "vệ sinh môi trường", "di tích", "lễ hội", "Tết Nguyên đán", "Trung thu", "du lịch", "thể thao", "hiến máu", "tiêm chủng", "sốt xuất huyết", "quốc phòng", "tuyển quân", "dân vận khéo", "người tốt việc tốt", "khen thưởng", "giảm nghèo", "nhà ở", "giao thông", "cây xanh", "văn minh đô thị", "thuế", "kinh doanh", "chợ Đồng Xuân", "phố cổ", "nghệ thuật", "thư viện", "sách", "trẻ em", "gia đình văn hóa", "hòa giải", "pháp luật", "tiếp công dân"];

/** Per category: event names, topics and what the body talks about. */
export interface CategoryVoice {
  events: readonly string[];
  topics: readonly string[];
  subjects: readonly string[];
  actions: readonly string[];
  objects: readonly string[];
  tails: readonly string[];
  /** Likelihood that an article in this category lists awards. */
  awards: number;
}

const COMMON_TAILS = ["trên địa bàn quận", "tại 18 phường", "theo đúng kế hoạch đề ra", "với sự tham gia của đông đảo Nhân dân", "góp phần giữ vững ổn định chính trị", "bám sát chỉ đạo của Thành ủy", "trong bối cảnh còn nhiều khó khăn", "một cách thiết thực, hiệu quả", "đúng tiến độ", "theo tinh thần Kỷ cương – Phát triển"];

export const VOICES: Record<string, CategoryVoice> = {
  "tin-tuc": {
    events: ["hội nghị", "buổi làm việc", "lễ ra mắt", "hội nghị trực tuyến", "buổi gặp mặt"],
    topics: ["triển khai nhiệm vụ phát triển kinh tế – xã hội", "sơ kết công tác 6 tháng đầu năm", "đối thoại với doanh nghiệp", "chuyển đổi số trong cơ quan hành chính", "phát triển du lịch phố cổ", "cải cách thủ tục hành chính"],
    subjects: ["UBND quận", "Các phòng, ban chuyên môn", "Lãnh đạo quận", "Các phường", "Ban Chỉ đạo quận", "Các doanh nghiệp trên địa bàn"],
    actions: ["đã triển khai", "tập trung thực hiện", "chủ động phối hợp", "đẩy mạnh", "hoàn thành", "tiếp tục duy trì"],
    objects: ["các chỉ tiêu kinh tế – xã hội", "kế hoạch thu ngân sách", "các thủ tục hành chính trực tuyến", "công tác tiếp công dân", "chương trình chuyển đổi số", "các dự án trọng điểm"],
    tails: COMMON_TAILS,
    awards: 0.15,
  },
  "dang-doan-the": {
    events: ["hội nghị", "đại hội", "lễ kỷ niệm", "hội nghị tổng kết", "buổi sinh hoạt chuyên đề"],
    topics: ["tổng kết công tác mặt trận", "học tập Nghị quyết của Đảng", "kỷ niệm ngày thành lập Đoàn", "dân vận khéo", "xây dựng Đảng và hệ thống chính trị", "đại đoàn kết toàn dân tộc"],
    subjects: ["Ủy ban MTTQ quận", "Quận đoàn", "Hội Liên hiệp Phụ nữ quận", "Hội Cựu chiến binh quận", "Các chi bộ", "Đảng bộ quận"],
    actions: ["đã tổ chức quán triệt", "phát huy vai trò", "tích cực tham gia", "vận động", "nâng cao chất lượng", "kiện toàn"],
    objects: ["sinh hoạt chi bộ", "các phong trào thi đua yêu nước", "cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam", "công tác giám sát và phản biện xã hội", "công tác phát triển đảng viên", "quỹ Vì người nghèo"],
    tails: COMMON_TAILS,
    awards: 0.45,
  },
  "thong-bao": {
    events: ["thông báo", "kế hoạch", "lịch tiếp công dân", "thông cáo"],
    topics: ["tạm ngừng cung cấp điện", "tổ chức giao thông phục vụ lễ hội", "lịch tiếp công dân của lãnh đạo quận", "tuyển dụng viên chức", "thu hồi đất thực hiện dự án", "điều chỉnh giờ hoạt động phố đi bộ"],
    subjects: ["UBND quận", "Văn phòng HĐND và UBND quận", "Phòng Quản lý đô thị quận", "Ban Quản lý dự án quận", "Công ty Điện lực Hoàn Kiếm"],
    actions: ["thông báo", "đề nghị", "yêu cầu", "hướng dẫn", "công bố"],
    objects: ["các hộ gia đình", "người dân và du khách", "các tổ chức, cá nhân có liên quan", "thời gian và địa điểm tiếp nhận hồ sơ", "phương án phân luồng giao thông"],
    tails: ["kể từ ngày ký", "trong thời gian nêu trên", "để biết và thực hiện", "theo quy định của pháp luật", "tại bộ phận một cửa"],
    awards: 0.02,
  },
  "thi-dua-khen-thuong": {
    events: ["hội nghị tổng kết", "lễ tuyên dương", "lễ trao tặng", "lễ đón nhận"],
    topics: ["công tác thi đua, khen thưởng", "điển hình người tốt việc tốt", "phong trào thi đua yêu nước", "khen thưởng thành tích phòng chống dịch", "trao Kỷ niệm chương vì sự nghiệp đại đoàn kết"],
    subjects: ["Hội đồng Thi đua – Khen thưởng quận", "Các tập thể, cá nhân", "Các điển hình tiên tiến", "Các đơn vị khối thi đua"],
    actions: ["đã đạt", "được ghi nhận", "xuất sắc hoàn thành", "lan tỏa", "nhân rộng"],
    objects: ["các danh hiệu thi đua", "mô hình hay, cách làm sáng tạo", "nhiệm vụ chính trị được giao", "phong trào Hoàn Kiếm chung sức vì người nghèo"],
    tails: COMMON_TAILS,
    awards: 0.95,
  },
  "van-hoa-xa-hoi": {
    events: ["lễ hội", "chương trình nghệ thuật", "ngày hội", "lễ khai mạc", "triển lãm"],
    topics: ["lễ hội Trung thu phố cổ", "không gian văn hóa phố đi bộ", "Tết Nguyên đán", "ngày Sách và Văn hóa đọc", "giải chạy quanh Hồ Hoàn Kiếm", "bảo tồn di tích"],
    subjects: ["Phòng Văn hóa và Thông tin quận", "Ban Quản lý phố cổ", "Các câu lạc bộ nghệ thuật", "Người dân và du khách", "Các nghệ nhân"],
    actions: ["đã tổ chức", "thu hút", "giới thiệu", "tái hiện", "trao tặng", "quảng bá"],
    objects: ["các hoạt động văn hóa truyền thống", "hàng trăm suất quà cho hộ nghèo", "nét đẹp Hà Nội xưa", "các tiết mục ca trù, chèo", "không gian sáng tạo cho thiếu nhi"],
    tails: COMMON_TAILS,
    awards: 0.2,
  },
  "trat-tu-do-thi": {
    events: ["đợt ra quân", "buổi kiểm tra", "hội nghị", "chiến dịch"],
    topics: ["lập lại trật tự vỉa hè", "xử lý vi phạm trật tự xây dựng", "vệ sinh môi trường", "phòng cháy chữa cháy tại khu dân cư", "chỉnh trang đô thị"],
    subjects: ["Đội Quản lý trật tự xây dựng đô thị quận", "Lực lượng chức năng", "Công an quận", "UBND các phường", "Tổ công tác liên ngành"],
    actions: ["đã kiểm tra", "xử lý", "lập biên bản", "nhắc nhở", "tháo dỡ", "ra quân"],
    objects: ["các trường hợp lấn chiếm vỉa hè", "công trình xây dựng sai phép", "biển quảng cáo không đúng quy định", "điểm tập kết rác", "các hộ kinh doanh"],
    tails: COMMON_TAILS,
    awards: 0.05,
  },
  "y-te": {
    events: ["chiến dịch", "hội nghị", "buổi khám sàng lọc", "đợt tiêm chủng"],
    topics: ["phòng chống sốt xuất huyết", "tiêm chủng mở rộng", "an toàn vệ sinh thực phẩm", "khám sức khỏe người cao tuổi", "hiến máu tình nguyện"],
    subjects: ["Trung tâm Y tế quận", "Các trạm y tế phường", "Ban Chỉ đạo an toàn thực phẩm quận", "Đội ngũ y, bác sĩ", "Các tình nguyện viên"],
    actions: ["đã khám", "tiêm", "kiểm tra", "tuyên truyền", "phun hóa chất", "tiếp nhận"],
    objects: ["hàng nghìn người cao tuổi", "các cơ sở kinh doanh thực phẩm", "hộ gia đình có ổ bọ gậy", "đơn vị máu", "trẻ em trong độ tuổi"],
    tails: COMMON_TAILS,
    awards: 0.2,
  },
  "giao-duc": {
    events: ["lễ khai giảng", "lễ tổng kết năm học", "hội nghị", "lễ trao học bổng"],
    topics: ["năm học mới", "tuyển sinh vào lớp 10", "khuyến học, khuyến tài", "chuyển đổi số trong giáo dục", "tuyên dương học sinh giỏi"],
    subjects: ["Phòng Giáo dục và Đào tạo quận", "Các trường học", "Hội Khuyến học quận", "Đội ngũ giáo viên", "Học sinh các cấp"],
    actions: ["đã trao", "đạt", "tổ chức", "triển khai", "tuyên dương", "nâng cao"],
    objects: ["suất học bổng", "chất lượng dạy và học", "giải học sinh giỏi cấp thành phố", "tỷ lệ đỗ vào lớp 10 công lập", "các tiết học trực tuyến"],
    tails: COMMON_TAILS,
    awards: 0.35,
  },
};
