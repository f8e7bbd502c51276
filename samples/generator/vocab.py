"""Word banks for the sample generator: names, places, topics and sentence fragments.

Everything here is data; `content.py` picks from it with a seeded `random.Random`.
"""

from __future__ import annotations

import re
import unicodedata

HO = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
      "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Mai", "Trịnh", "Tạ", "Cao",
      "Lò", "Hà", "Quách", "Kiều", "Đàm", "Lưu", "Chu", "Triệu", "Tô", "Thái"]
DEM_NAM = ["Văn", "Văn", "Văn", "Đức", "Hữu", "Công", "Minh", "Quang", "Xuân", "Đình", "Thanh", "Ngọc",
           "Trọng", "Bá", "Viết", "Quốc", "Tiến", "Duy", "Mạnh", "Thế", "Anh"]
DEM_NU = ["Thị", "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Kim", "Bích", "Mai", "Minh",
          "Phương", "Thùy", "Diệu"]
TEN_NAM = ["Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Sơn", "Thắng", "Long", "Bình", "Cường", "Huy", "Phong",
           "Tùng", "Thành", "Hoàng", "Khoa", "Quyết", "Lâm", "Toàn", "Hiếu", "Khánh", "Đạt", "Phúc",
           "Trung", "Kiên", "Vinh", "Lộc", "Tài", "Hưng", "Thịnh", "Quân", "Chiến", "Thuận", "Hòa",
           "Tuệ", "Nghĩa", "Định", "Tâm", "Việt", "Duẩn"]
TEN_NU = ["Lan", "Hương", "Hoa", "Mai", "Thủy", "Hằng", "Nga", "Huyền", "Linh", "Trang", "Thảo", "Yến",
          "Loan", "Nhung", "Hòa", "Thúy", "Liên", "Oanh", "Hạnh", "Dung", "Phượng", "Vân", "Xuân",
          "Ngọc", "Quyên", "Tuyết", "Hiền", "Chi", "Duyên", "Khuyên"]

PROVINCES = ["Thái Bình", "Nam Định", "Nghệ An", "Hà Tĩnh", "Quảng Ngãi", "Bình Định", "Đồng Tháp",
             "An Giang", "Phú Thọ", "Thanh Hóa", "Hải Dương", "Bắc Giang", "Đắk Lắk", "Long An",
             "Tiền Giang", "Quảng Nam", "Hưng Yên", "Ninh Bình", "Yên Bái", "Lâm Đồng", "Quảng Trị",
             "Tuyên Quang", "Sóc Trăng", "Vĩnh Long", "Hòa Bình", "Lạng Sơn", "Gia Lai", "Bến Tre"]
DISTRICTS = ["Kiến Xương", "Hải Hậu", "Yên Thành", "Cẩm Xuyên", "Tư Nghĩa", "Phù Cát", "Cao Lãnh",
             "Chợ Mới", "Thanh Ba", "Thọ Xuân", "Gia Lộc", "Lục Nam", "Krông Pắc", "Đức Hòa", "Cái Bè",
             "Duy Xuyên", "Khoái Châu", "Yên Mô", "Văn Chấn", "Đức Trọng", "Hải Lăng", "Sơn Dương"]
COMMUNES = ["Tân Hòa", "Xuân Phong", "Quảng Thành", "Hòa Bình", "Nghĩa Hưng", "Đông Sơn", "Thạch Long",
            "An Thịnh", "Phú Lộc", "Vĩnh Thuận", "Bình Minh", "Hưng Đạo", "Trung Lương", "Định Công",
            "Yên Lạc", "Cẩm Phú", "Thanh Xuân", "Đức Thắng", "Tân Phong", "Quỳnh Hội", "Mỹ Lộc",
            "Hải Thủy", "Kim Sơn", "Tiên Phước", "Phước Hòa", "Long Thạnh", "Nhơn Hậu", "Ea Kly",
            "Cát Tiên", "Hợp Thành", "Liên Châu", "Thủy Xuân", "Tân Thủy"]
UNIT_KINDS = [("XÃ", "xã"), ("XÃ", "xã"), ("XÃ", "xã"), ("PHƯỜNG", "phường"), ("THỊ TRẤN", "thị trấn")]
HAMLETS = ["THÔN {n}", "THÔN {w}", "XÓM {n}", "ẤP {w}", "KHU PHỐ {n}", "TỔ DÂN PHỐ {n}", "BẢN {w}",
           "KHU DÂN CƯ SỐ {n}", "THÔN {w}", "XÓM {w}"]
HAMLET_WORDS = ["ĐÔNG", "TÂY", "NAM", "BẮC", "TRUNG", "AN BÌNH", "PHÚ XUÂN", "HẠ", "THƯỢNG", "ĐOÀI",
                "NÀ LƯỜNG", "TÂN LẬP", "HÒA LẠC", "PHÚ MỸ", "BÌNH AN", "ĐỒNG TÂM", "CHỢ", "MỚI"]
INSTITUTION_CELLS = ["TRƯỜNG THCS {c}", "TRƯỜNG TIỂU HỌC {c}", "TRƯỜNG MẦM NON {c}", "TRẠM Y TẾ",
                     "CÔNG AN", "QUÂN SỰ", "CƠ QUAN", "HỢP TÁC XÃ NÔNG NGHIỆP {c}", "BƯU ĐIỆN"]

VENUES = ["hội trường nhà văn hóa {h}", "nhà văn hóa {h}", "hội trường Đảng ủy {u}", "phòng họp {org}",
          "nhà sinh hoạt cộng đồng {h}", "trụ sở {org}", "phòng họp trực tuyến của chi bộ",
          "hội trường UBND {u}", "nhà đồng chí Bí thư chi bộ"]

ABSENT_EXCUSED = ["ốm", "đi công tác", "việc gia đình", "đi làm ăn xa", "nằm viện", "con ốm",
                  "đi học", "có việc riêng, đã báo cáo", "đi khám bệnh", "tập huấn ở huyện",
                  "chăm người nhà nằm viện", "có việc đột xuất, đã xin phép"]
ABSENT_UNEXCUSED = ["không lý do", "không có lý do", "không báo cáo", "vắng không lý do",
                    "không xin phép"]

THEMATIC_TOPICS = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm, nêu gương của cán bộ, đảng viên",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng văn hóa, con người Việt Nam",
    "Chuyển đổi số trong thực hiện nhiệm vụ chính trị của chi bộ",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    "Phát huy vai trò của đảng viên trong thực hiện quy chế dân chủ ở cơ sở",
    "Công tác phát triển đảng viên trong thanh niên",
    "Đảng viên nêu gương trong thực hiện nếp sống văn minh, việc cưới, việc tang",
    "Bảo đảm an ninh trật tự, phòng chống tội phạm và tệ nạn xã hội trên địa bàn",
    "Bảo vệ môi trường, phân loại rác thải tại nguồn",
    "Đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
    "Thực hành tiết kiệm, chống lãng phí trong cơ quan, đơn vị",
    "Phát triển kinh tế hộ gia đình, giảm nghèo bền vững",
    "Chăm sóc người có công, thực hiện chính sách an sinh xã hội",
]

INFO_SENTENCES = [
    "{A} thông tin tình hình thời sự trong nước, quốc tế nổi bật trong tháng {pm}.",
    "Thông tin thời sự: tình hình kinh tế - xã hội của {prov} trong tháng {pm} tiếp tục ổn định; sản xuất nông nghiệp đạt khá.",
    "Phổ biến, quán triệt các văn bản mới của cấp trên: Kế hoạch của Đảng ủy {u} về thực hiện nhiệm vụ tháng {m}.",
    "{A} phổ biến Nghị quyết của Ban Chấp hành Đảng bộ {u} về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {y}.",
    "Quán triệt Hướng dẫn của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ.",
    "Thông báo kết quả kiểm tra, giám sát của Ủy ban kiểm tra Đảng ủy đối với chi bộ trong quý vừa qua.",
    "Thông tin về tình hình thời tiết, dịch bệnh trên cây trồng, vật nuôi và các biện pháp phòng chống.",
    "Đọc và trao đổi một mẩu chuyện về Bác Hồ: \u201cBác Hồ với tinh thần tiết kiệm\u201d.",
    "Phổ biến Kế hoạch tổ chức các hoạt động kỷ niệm các ngày lễ lớn trong tháng {m}.",
    "Thông tin về kết quả thực hiện các chương trình mục tiêu quốc gia trên địa bàn {u}.",
    "Phổ biến Quy định của Bộ Chính trị về những điều đảng viên không được làm.",
    "Thông báo lịch tiếp công dân và kế hoạch đối thoại với nhân dân của Đảng ủy, UBND {u}.",
    "{A} thông tin về tình hình thời tiết, mùa vụ và lịch gieo cấy vụ {season}.",
    "Triển khai văn bản của Mặt trận Tổ quốc {u} về cuộc vận động \u201cToàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\u201d.",
]

GOOD_POINTS = [
    "Chi bộ duy trì tốt chế độ sinh hoạt, các đảng viên chấp hành nghiêm sự phân công của chi bộ.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững, không có vụ việc phức tạp xảy ra.",
    "Hoàn thành việc thu nộp đảng phí tháng {pm} đúng quy định, đạt 100%.",
    "Sản xuất vụ {season} cơ bản thắng lợi, năng suất lúa ước đạt {yield_} tạ/ha.",
    "Công tác vệ sinh môi trường, thu gom rác thải được nhân dân hưởng ứng tích cực.",
    "Các đoàn thể hoạt động có nền nếp; phong trào văn hóa, văn nghệ, thể dục thể thao sôi nổi.",
    "Vận động nhân dân tham gia bảo hiểm y tế đạt {pct}% kế hoạch.",
    "Tổ chức thăm hỏi, tặng quà các gia đình chính sách, hộ nghèo nhân dịp lễ.",
    "Hoàn thành việc rà soát, cập nhật dữ liệu dân cư phục vụ chuyển đổi số.",
    "Công tác tuyên truyền các chủ trương, chính sách của Đảng, pháp luật của Nhà nước được thực hiện thường xuyên.",
    "Tham gia đầy đủ các hội nghị do Đảng ủy tổ chức.",
    "Thu quỹ xây dựng nông thôn mới đạt {pct}% kế hoạch đề ra.",
    "Tổ chức tốt ngày hội đại đoàn kết toàn dân tộc ở khu dân cư, thu hút đông đảo nhân dân tham gia.",
    "Hoàn thành giao quân đạt 100% chỉ tiêu được giao.",
    "Phối hợp giải quyết dứt điểm {n} vụ việc tranh chấp đất đai tại cơ sở.",
    "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa đạt {pct}%.",
]
BAD_POINTS = [
    "Một số đảng viên chưa thực hiện nghiêm chế độ sinh hoạt, còn vắng mặt.",
    "Việc thu các loại quỹ còn chậm so với kế hoạch.",
    "Tình trạng vứt rác thải bừa bãi ở một số tuyến đường chưa được khắc phục triệt để.",
    "Công tác nắm bắt tâm tư, nguyện vọng của nhân dân có lúc chưa kịp thời.",
    "Chất lượng hoạt động của một số chi hội còn hạn chế.",
    "Việc ứng dụng công nghệ thông tin, chuyển đổi số trong chi bộ còn chậm.",
    "Một số hộ gia đình còn để gia súc thả rông, ảnh hưởng đến vệ sinh môi trường.",
    "Nội dung sinh hoạt chi bộ có lúc chưa phong phú, chưa thu hút đảng viên phát biểu.",
    "Tiến độ giải ngân vốn hỗ trợ phát triển sản xuất còn chậm.",
    "Một số đảng viên lớn tuổi chưa sử dụng thành thạo sổ tay đảng viên điện tử.",
    "Tình trạng sử dụng pháo nổ trong dịp lễ, Tết vẫn còn xảy ra.",
]
PLAN_POINTS = [
    "Tiếp tục lãnh đạo nhân dân chăm sóc lúa và hoa màu vụ {season}, phòng trừ sâu bệnh kịp thời.",
    "Tuyên truyền, vận động nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện.",
    "Thực hiện tốt công tác giữ gìn an ninh trật tự, phòng chống cháy nổ trên địa bàn.",
    "Hoàn thành việc thu nộp đảng phí tháng {m} trước ngày 10/{m2}.",
    "Tổ chức tổng vệ sinh môi trường vào chủ nhật cuối tháng.",
    "Chuẩn bị tốt các điều kiện tổ chức kỷ niệm ngày lễ lớn trong tháng.",
    "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo để đề nghị hỗ trợ.",
    "Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn.",
    "Đẩy mạnh cài đặt, sử dụng ứng dụng định danh điện tử VNeID cho người dân.",
    "Làm tốt công tác tạo nguồn phát triển đảng viên mới.",
    "Chỉ đạo các chi hội đoàn thể hoàn thành chỉ tiêu thu hội phí.",
    "Tiếp tục thực hiện cuộc vận động xây dựng khu dân cư văn minh, sạch đẹp.",
]
OPINIONS = [
    "Nhất trí với báo cáo đánh giá tình hình tháng qua; đề nghị chi bộ quan tâm hơn đến việc sửa chữa tuyến đường liên thôn đã xuống cấp.",
    "Đề nghị chi bộ chỉ đạo ban công tác mặt trận vận động nhân dân thu gom rác thải đúng giờ quy định.",
    "Tình hình an ninh trật tự cơ bản ổn định, tuy nhiên cần tăng cường tuần tra vào ban đêm, nhất là khu vực giáp ranh.",
    "Nhất trí với phương hướng nhiệm vụ tháng tới; đề nghị bổ sung nội dung kiểm tra việc thực hiện quy ước của thôn.",
    "Đề nghị chi bộ có biện pháp đôn đốc các hộ còn nợ quỹ, đồng thời công khai kết quả thu chi.",
    "Việc phòng trừ sâu bệnh cần được thông báo kịp thời trên loa truyền thanh để bà con chủ động.",
    "Đề nghị đảng viên gương mẫu đi đầu trong việc hiến đất mở rộng đường giao thông.",
    "Cần quan tâm hơn nữa đến các gia đình có hoàn cảnh khó khăn, người cao tuổi neo đơn.",
    "Đề nghị chi bộ phân công đảng viên phụ trách hộ để nắm bắt tình hình nhân dân.",
    "Việc cài đặt ứng dụng VNeID cho người cao tuổi còn gặp khó khăn, đề nghị đoàn thanh niên hỗ trợ.",
    "Nhất trí với báo cáo; tuy nhiên phần hạn chế cần nêu rõ tên những đảng viên chưa hoàn thành nhiệm vụ.",
    "Đề nghị chi bộ sớm họp bàn phương án sửa chữa hệ thống kênh mương nội đồng trước mùa mưa.",
    "Việc thu gom rác thải ở xóm dưới chưa đều, đề nghị tổ vệ sinh tăng thêm một buổi trong tuần.",
    "Đề nghị phân công đảng viên kèm cặp, giúp đỡ các hộ có nguy cơ tái nghèo.",
    "Đề nghị làm rõ trách nhiệm của tổ tự quản trong việc để xảy ra tình trạng đổ rác sai quy định.",
]
THEMATIC_OPINIONS = [
    "Nhất trí cao với nội dung chuyên đề; bản thân sẽ xây dựng kế hoạch làm theo cụ thể gắn với công việc hằng ngày.",
    "Chuyên đề thiết thực, gần gũi; đề nghị chi bộ đưa nội dung làm theo vào đánh giá, xếp loại đảng viên cuối năm.",
    "Bản thân đăng ký làm theo bằng việc vận động gia đình và bà con lối xóm thực hiện tốt quy ước của thôn.",
    "Đề nghị mỗi đảng viên chọn một việc cụ thể để làm theo, chi ủy kiểm tra định kỳ hằng quý.",
]
CONCLUSION_POINTS = [
    "Chi bộ nhất trí với đánh giá kết quả thực hiện nhiệm vụ tháng {pm} và phương hướng nhiệm vụ tháng {m} như dự thảo đã nêu.",
    "Các đồng chí đảng viên tiếp tục nêu cao tinh thần trách nhiệm, gương mẫu thực hiện các chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
    "Tập trung chỉ đạo hoàn thành thu các loại quỹ trước ngày {d}/{m}.",
    "Ban công tác mặt trận phối hợp với các chi hội tổ chức tổng vệ sinh môi trường vào ngày {d2}/{m}.",
    "Tăng cường công tác nắm tình hình, giải quyết kịp thời các kiến nghị của nhân dân ngay từ cơ sở.",
    "Mỗi đảng viên xây dựng kế hoạch làm theo cụ thể, đăng ký nội dung làm theo gắn với nhiệm vụ được giao.",
]
ASSIGN_TASKS = [
    "đôn đốc thu quỹ xây dựng nông thôn mới",
    "phối hợp với công an viên tổ chức tuần tra, đảm bảo an ninh trật tự",
    "tổ chức tổng vệ sinh môi trường khu dân cư",
    "hướng dẫn nhân dân cài đặt, kích hoạt tài khoản định danh điện tử",
    "rà soát danh sách hộ nghèo, hộ cận nghèo",
    "thu nộp đảng phí của chi bộ",
    "chuẩn bị nội dung sinh hoạt chuyên đề quý tới",
    "theo dõi, giúp đỡ quần chúng ưu tú {q} phấn đấu vào Đảng",
    "vận động các hộ hiến đất làm đường giao thông",
    "nắm tình hình sâu bệnh, thông báo lịch phun thuốc cho nhân dân",
    "tổng hợp ý kiến, kiến nghị của nhân dân báo cáo Đảng ủy",
    "cập nhật sổ sách, hồ sơ đảng viên của chi bộ",
    "phụ trách tổ chức các hoạt động kỷ niệm ngày lễ trong tháng",
]
GROUP_ASSIGNEES = ["Ban công tác Mặt trận", "Chi hội Phụ nữ", "Chi đoàn thanh niên", "Chi hội Nông dân",
                   "Chi hội Cựu chiến binh", "Tổ an ninh trật tự"]
GUEST_ROLES = ["Đảng ủy viên, phụ trách chi bộ", "Phó Bí thư Đảng ủy {u}", "Ủy viên Ban Thường vụ Đảng ủy",
               "cán bộ Ban Xây dựng Đảng", "Đảng ủy viên, Chủ tịch Hội Nông dân {u}"]

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def number_words(n: int) -> str:
    """Vietnamese number words for 0..99 ("mười ba", "hai mươi mốt")."""
    if n < 10:
        return DIGITS[n]
    tens, unit = divmod(n, 10)
    head = "mười" if tens == 1 else DIGITS[tens] + " mươi"
    if unit == 0:
        return head
    if unit == 5:
        return head + " lăm"
    if unit == 1 and tens > 1:
        return head + " mốt"
    if unit == 4 and tens > 1:
        return head + " tư"
    return head + " " + DIGITS[unit]


_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
        "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
        "úy": "uý", "ùy": "uỳ", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
_OLD.update({k.upper(): v.upper() for k, v in list(_OLD.items())})
_OLD.update({k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(_OLD.items()) if k.islower()})
_OLD_RE = re.compile(r"(?<![QqGg])(" + "|".join(map(re.escape, _OLD)) + r")(?!\w)")


def old_tone_style(text: str) -> str:
    """'hòa' -> 'hoà', 'thủy' -> 'thuỷ': the older tone-mark placement, still common."""
    text = unicodedata.normalize("NFC", text)
    return _OLD_RE.sub(lambda m: _OLD[m.group(1)], text)
