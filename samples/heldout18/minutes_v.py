"""Held-out set 18, writer v (folder dev/, stems v01 …): the North, the northern mountains and the North-Central
coast, 1998–2026 (eleven of the fifteen minutes from 1998–2012). Written by hand for this set; every sentence is
the writer's own. Theme: who is given which task by when, whether the chair really concluded, old books and
their wording, votes in rare forms, damaged paper.

Files (14 truth files: 10 born-digital documents, 4 image-only scans) -> what varies -> minute flags / book flags
- v01-hanoi-residential-1999-typewriter-clean: Hà Nội ward "cụm dân cư", 1999; typewriter face (mono 11), ragged,
  "Số: 11/BB-CB", "BIÊN BẢN HỘI NGHỊ CHI BỘ", "Hồi 19h30", "Đ/C", counts in words, exempt counted in words,
  absentees inside a sentence, guest from the ward; "Cuối hội nghị Đ/C Bí thư tổng kết" holding the tasks
  ("Hội nghị giao Đ/C …", "việc … do Đ/C A và Đ/C B đảm nhận, xong trước Tết Nguyên đán", "Đ/C … lo …");
  "giơ tay biểu quyết: 20/20 Đ/C nhất trí …, không có ý kiến khác"; "THƯ KÝ HỘI NGHỊ" / "CHỦ TỌA" -> — / —
- v02-haiphong-port-crane-team-tables-low-unexcused: Hải Phòng port stevedoring team, 2003; sans 11, justified,
  "Trang n/N"; absentee table without TT ("Họ và tên | Lý do vắng": a maternity leave, "Không lý do", an empty
  cell); "III. Ý KIẾN CHỈ ĐẠO CỦA Đ/C CHỦ TRÌ"; task table with the assignee column first ("Người thực hiện |
  Nội dung công việc | Thời hạn"), two people in one cell, a body, "Trước …", "Ngay trong tuần"; a request to the
  enterprise above; vote as a percentage only -> low_attendance, unexcused_absence / —
- v03-namdinh-catholic-hamlet-guest-directs-no-conclusion: Nam Định coastal hamlet with a Catholic parish, 2006;
  serif 13; a guest of the commune committee gives "Ý kiến chỉ đạo", the Bí thư only thanks; "Phân công" with a
  passive "được phân công", "Chi ủy giao cho Chi hội … trước mùa mưa bão", two members "trước ngày khai giảng
  05/9/2006", "…, thường xuyên"; "18/18 đ/c tán thành"; exactly 90 minutes -> missing_conclusion / —
- v04-thaibinh-commune-office-chairman-sums-up-no-tasks: Thái Bình commune People's Committee office, 2008;
  DejaVu Sans 10.5, ragged, "1/ 2/" headings, "8g00"; "Chủ tọa chốt lại" with content; near misses only: work
  already done by a named member, a plan with nobody named, a request to the Đảng ủy, "chi ủy sẽ bàn và phân
  công sau", "Yêu cầu mỗi đảng viên …"; "nhất trí cao … (15/15 đồng chí giơ tay tán thành)"
  -> missing_assignments / —
- v05-hoabinh-muong-hamlet-lunar-75min-not-approved: Hòa Bình Mường hamlet, January 2011 before Tết; serif 12.5,
  ragged, top page numbers; "hồi 2 giờ chiều", exempt named ("cụ …"); the conclusion inside the discussion
  ("Sau khi nghe các ý kiến, đồng chí … kết luận") with "chịu trách nhiệm … ngay sau cuộc họp", "lo … trước ngày
  mùng 5 tháng Giêng", "chi ủy giao cho Chi đoàn … trước 28 tháng Chạp"; "100% nhất trí"; ends "3 giờ 15 phút
  chiều" (75 min), no read-back -> short_meeting, not_approved / —
- v06-sonla-boarding-school-thematic-ballot-table-clean: Sơn La ethnic boarding school, thematic meeting Q4 2016
  with a "Chuyên đề:" line; serif 12, justified; "Đồng chí Bí thư chốt lại ba nội dung" (1. a call to every
  member, 2. "Đề nghị đồng chí X …, xong trong học kỳ I", 3. "Giao đồng chí A và đồng chí B …, báo cáo … hằng
  tuần"); the Chi đoàn volunteering; a ruled vote table ("17/17 | 0 | 0") -> — / —
- v07-dienbien-border-post-no-deadline-table-no-discussion-no-vote: Điện Biên border-guard post, 2019; DejaVu Sans
  11.5, right-aligned running head; ranks before names; "Quân số đảng viên: 11/12"; "nhất trí với báo cáo, không
  có ý kiến bổ sung"; "IV. Ý KIẾN KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ CHI BỘ"; task table "TT | Người thực hiện | Nhiệm
  vụ" with no deadline column (ranks, a body, two officers in one cell); never voted -> no_discussion, missing_vote
- v08-langson-icu-form-dots-unfilled: Lạng Sơn provincial hospital ICU, 2022; serif 13.5, wide margins, printed form
  "1. … 7." with "Số: ……/BB-CB" and "Khách mời: ……" left blank, the committee and cell each over two header
  lines; "BSCKII."/"ThS." dropped; a role as assignee ("Điều dưỡng trưởng khoa"), "đến hết năm 2022", "hằng
  tuần", a body ("Tổ Công đoàn khoa"); "Tán thành: 22/22 đồng chí (100%); Không tán thành: 0; Ý kiến khác: 0"
  -> unfilled_template / —
- v09-nghean-retirees-2026-majority-vote-clean: Nghệ An retired members' cell after the 2025 reorganisation
  (ward directly under the province), January 2026; Liberation Sans 12, ragged, "Trang n"; 11 exempt; "Thay mặt
  chi ủy, đồng chí … kết luận" holding "… lo việc mua quà, cùng chi hội … trước Tết Nguyên đán", two members
  "vào sáng thứ Bảy hằng tuần", "chi ủy giao cho tổ đảng số 2 … trước rằm tháng Giêng"; a request upward;
  "20 đồng chí tán thành, 01 đồng chí không tán thành; đa số tán thành" -> — / —
- v10-thanhhoa-coop-book-jul-dec-2009: minute book of a Thanh Hóa agricultural service cooperative, Jul–Dec 2009,
  5 minutes on 3 pages, every minute after the first starts mid-page under the previous signatures (only the first
  has a header); serif 12, right-aligned running head from page 2, "- n -" at the bottom; October skipped (the
  November minute says why); November regular + thematic in 110 minutes; đ/c Lê Văn Tửu absent without reason in
  July ("không có lý do"), September ("không lý do") and December ("không báo cáo chi ủy"); deadlines "hằng tuần",
  "xong trong quý III", "trước ngày 20/8", "ngay trong tuần này", "đến hết năm 2009", "tại kỳ họp tháng 01/2010";
  per minute: unexcused_absence; —; low_attendance + unexcused_absence; short_meeting; unexcused_absence
  -> book: missing_month, no_thematic_in_quarter, repeated_absence
- v11-hanoi-residential-scan-fax-clean: image-only twin of v01, "fax" (black and white, broken strokes), 200 dpi
- v12-haiphong-port-scan-bleed-low-unexcused: image-only twin of v02, "bleed" (page 2 shows through page 1 and
  back), 200 dpi, 2 pages
- v13-sonla-school-scan-phone-clean: image-only twin of v06, "phone" (slanted photo on a desk), 200 dpi
- v14-hue-kimlong-1998-scan-photocopy-no-conclusion-no-tasks: scan only, Huế ward near a pagoda, August 1998,
  "photocopy", 250 dpi; "Chủ tọa" reads the report, the minute ends with thanks and the closing; the vote on the
  month's resolution stands ("18/18 đồng chí tán thành (100%)"); near misses only ("Chi uỷ sẽ phân công cụ thể
  sau …", "đề nghị toàn thể đảng viên …", work done by a named member, a request to the Đảng uỷ phường); 18/20
  present (exactly 90 %) -> missing_conclusion, missing_assignments / —

Labelling decisions (where samples/README.md, docs/CONTRACTS.md and the heldout READMEs are silent)
- An absentee inside a running sentence ("Đ/C A đang điều trị ở …, Đ/C B về quê … , cả hai đồng chí đều báo cáo
  chi uỷ") has as reason the words after the name up to the next comma or semicolon that ends that person's
  clause; a shared note that the absence was reported ("đều báo cáo chi uỷ xin vắng", "đã gọi điện báo chi bộ")
  is no part of the reason, it only makes the absence excused. A job title written between the name and the
  reason ("đ/c X, cán bộ Văn phòng – Thống kê, đi tập huấn …") is no part of the reason.
- "không báo cáo chi ủy" after an absentee's name is unexcused (like "Không báo cáo"), reason as written.
- A task written with the light verb "lo" ("Đ/C X lo hội trường, âm thanh …", "đồng chí Y lo tập luyện …") keeps
  "lo" at the head of the task; "việc X do đ/c A và đ/c B đảm nhận" is X (without "việc"), one assignment each.
- "nhất trí cao … (15/15 đồng chí giơ tay tán thành)" gives `for` 15; "đa số tán thành" is a count only where a
  number is written (v09: 20 for, 1 against); with no number it is no vote, so it is used here only beside counts.
- A one-row vote table "Tán thành | Không tán thành | Ý kiến khác" = "17/17 | 0 | 0" gives 17 / 0 / 0, no
  percentage.
- A lunar date keeps the day word ("trước ngày mùng 5 tháng Giêng" -> "ngày mùng 5 tháng Giêng"; "trước 28 tháng
  Chạp" -> "28 tháng Chạp"; "trước rằm tháng Giêng" -> "rằm tháng Giêng").
- "… báo cáo chi bộ hằng tuần" gives the deadline "hằng tuần" and the task up to "báo cáo chi bộ"; "vào sáng thứ
  Bảy hằng tuần" gives "sáng thứ Bảy hằng tuần".
- A task table with no deadline column has deadline null even when the task cell names a season ("trong dịp
  hè"): the words stay in the task.
- A form field "Khách mời: ……" left as dots gives no guest (and `unfilled_template`).
- A month the book explains away ("Tháng 10/2009 chi bộ không sinh hoạt được do …") is still a missing month.
- "3 giờ 15 phút chiều" is 15:15; "8 giờ sáng" 08:00; "hồi 2 giờ chiều" 14:00.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# v01 — Hà Nội 1999, residential "cụm dân cư": typewriter, old wording, tasks inside the Bí thư's summing-up. Clean.
# =================================================================================================
DOCS.append({
    "name": "v01-hanoi-residential-1999-typewriter-clean", "folder": "dev",
    "style": {"family": "mono", "size": 11, "justify": False, "indent": 0, "spacing": 1.2, "para_gap": 3,
              "left": 72, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG NGỌC HÀ", "CHI BỘ CỤM DÂN CƯ SỐ 4", "Số: 11/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 14 tháng 12 năm 1999"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("Tháng 12 năm 1999", bold=False),
            G(8),
            P("Hồi 19h30 ngày 14 tháng 12 năm 1999, Chi bộ cụm dân cư số 4 họp hội nghị thường kỳ tháng 12 "
              "tại nhà văn hoá cụm 4, ngõ 158 phố Ngọc Hà."),
            P("Đảng viên của chi bộ có hai mươi sáu đồng chí, trong đó bốn đồng chí được miễn sinh hoạt vì tuổi "
              "cao, sức yếu. Đến dự hội nghị hai mươi đồng chí. Đ/C Lương Văn Khải đang điều trị ở bệnh viện "
              "Hữu Nghị, Đ/C Trịnh Thị Nga về quê Nam Định có việc gia đình, cả hai đồng chí đều báo cáo chi "
              "uỷ xin vắng."),
            P("Về dự hội nghị có Đ/C Lê Mạnh Cường, Phó Bí thư Đảng uỷ phường."),
            P("Chủ tọa hội nghị: Đ/C Phạm Quang Thiều, Bí thư chi bộ. Thư ký hội nghị: Đ/C Đinh Thị Hồng Vân."),
            P("Nội dung hội nghị:"),
            P("1. Đ/C Bí thư thông báo tình hình thời sự: trận lũ lịch sử đầu tháng 11 ở các tỉnh miền Trung, "
              "nặng nhất là Thừa Thiên Huế và Quảng Trị; kết quả kiểm điểm tự phê bình và phê bình theo Nghị "
              "quyết Trung ương 6 (lần 2) ở các chi bộ trong phường; chủ trương của Thành uỷ về đón Tết Canh "
              "Thìn và kỷ niệm 70 năm ngày thành lập Đảng."),
            P("2. Đ/C Đinh Thị Hồng Vân đọc báo cáo công tác tháng 11. Cụm dân cư quyên góp ủng hộ đồng bào "
              "miền Trung được 3.450.000 đồng và 86 bộ quần áo, đã nộp Mặt trận phường ngày 20/11; thu xong quỹ "
              "đền ơn đáp nghĩa năm 1999; trong tháng không có vụ mất trật tự nào phải đưa lên phường. Tồn tại: "
              "còn hai hộ trong ngõ 158 đổ cát, gạch lấn ra lối đi chung; vài đảng viên trẻ chưa dự đủ các buổi "
              "học nghị quyết do phường mở."),
            P("3. Phương hướng tháng 12 và dịp Tết: giữ vững an ninh trật tự, phòng cháy, không đốt pháo; chăm "
              "lo các gia đình chính sách; giữ vệ sinh ngõ xóm; chuẩn bị gặp mặt đảng viên nhân kỷ niệm 70 năm "
              "ngày thành lập Đảng (3/2/1930 - 3/2/2000)."),
            P("Ý kiến của các đảng viên:"),
            P("- Đ/C Nguyễn Văn Bảy: hai hộ để vật liệu ra lối đi đã được nhắc hai lần mà chưa dọn, đề nghị chi "
              "bộ có biện pháp mạnh hơn, nếu cần thì báo lên phường."),
            P("- Đ/C Vũ Thị Thoa, tổ trưởng tổ dân phố 7: tổ đã có danh sách 9 gia đình chính sách và 3 cụ già "
              "cô đơn, đề nghị chi bộ đề xuất phường thêm quà Tết cho các cụ."),
            P("- Đ/C Lê Mạnh Cường: ghi nhận cụm 4 là nơi quyên góp cho miền Trung được nhiều nhất phường; nhắc "
              "chi bộ quan tâm bồi dưỡng quần chúng trẻ để kết nạp Đảng."),
            P("Cuối hội nghị Đ/C Bí thư tổng kết: tháng 11 chi bộ đã lãnh đạo cụm dân cư làm tốt việc ủng hộ "
              "đồng bào bị lũ, cần phát huy. Tháng 12 tập trung ba việc: giải quyết dứt điểm chuyện lấn lối đi "
              "chung; lo Tết đầy đủ cho gia đình chính sách và người già cô đơn; chuẩn bị chu đáo buổi gặp mặt "
              "mừng Đảng 70 tuổi. Hội nghị giao Đ/C Nguyễn Văn Bảy cùng tổ bảo vệ dân phố vận động hai hộ tự "
              "dọn vật liệu khỏi lối đi chung trước ngày 25/12/1999; việc thăm hỏi, tặng quà Tết cho các gia "
              "đình chính sách và các cụ cô đơn do Đ/C Vũ Thị Thoa và Đ/C Đinh Thị Hồng Vân đảm nhận, xong "
              "trước Tết Nguyên đán; Đ/C Hoàng Đức Mạnh lo hội trường, âm thanh cho buổi gặp mặt đảng viên "
              "mừng Đảng 70 tuổi."),
            P("Hội nghị giơ tay biểu quyết: 20/20 Đ/C nhất trí với kết luận của Đ/C Bí thư, không có ý kiến "
              "khác."),
            P("Hội nghị kết thúc hồi 21h45 cùng ngày. Biên bản đã đọc lại cho hội nghị nghe, các đồng chí dự "
              "họp nhất trí thông qua."),
            G(4),
            S(["THƯ KÝ HỘI NGHỊ", "", "Đinh Thị Hồng Vân"], ["CHỦ TỌA", "", "Phạm Quang Thiều"]),
        ],
        "truth": minute(
            meeting("regular", "1999-12-14", "19:30", "21:45", "nhà văn hoá cụm 4, ngõ 158 phố Ngọc Hà",
                    "CHI BỘ CỤM DÂN CƯ SỐ 4", "ĐẢNG BỘ PHƯỜNG NGỌC HÀ"),
            "Phạm Quang Thiều", "Bí thư chi bộ", "Đinh Thị Hồng Vân",
            attendance(26, 20, 2, 2, 0, 4,
                       [("Lương Văn Khải", "đang điều trị ở bệnh viện Hữu Nghị", True),
                        ("Trịnh Thị Nga", "về quê Nam Định có việc gia đình", True)],
                       [("Lê Mạnh Cường", "Phó Bí thư Đảng uỷ phường")]),
            True,
            [vote("Kết luận của Bí thư, nhiệm vụ tháng 12/1999", 20, None, 0)],
            [task("Nguyễn Văn Bảy", "cùng tổ bảo vệ dân phố vận động hai hộ tự dọn vật liệu khỏi lối đi chung",
                  "25/12/1999"),
             task("Vũ Thị Thoa", "thăm hỏi, tặng quà Tết cho các gia đình chính sách và các cụ cô đơn",
                  "Tết Nguyên đán"),
             task("Đinh Thị Hồng Vân", "thăm hỏi, tặng quà Tết cho các gia đình chính sách và các cụ cô đơn",
                  "Tết Nguyên đán"),
             task("Hoàng Đức Mạnh", "lo hội trường, âm thanh cho buổi gặp mặt đảng viên mừng Đảng 70 tuổi", None)],
            []),
    }],
    "flags": [],
    "scans": [{"name": "v11-hanoi-residential-scan-fax-clean", "folder": "dev", "damage": "fax", "seed": 18011,
               "dpi": 200}],
})


# =================================================================================================
# v02 — Hải Phòng 2003, port stevedoring team: absentee and task tables, the chair's "ý kiến chỉ đạo", a vote by
# percentage only. Low attendance, two absent without reason.
# =================================================================================================
DOCS.append({
    "name": "v02-haiphong-port-crane-team-tables-low-unexcused", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 18, "spacing": 1.25, "para_gap": 2,
              "foot": "Trang {n}/{N}", "left": 70, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CẢNG HẢI PHÒNG", "ĐẢNG BỘ XN XẾP DỠ CHÙA VẼ", "CHI BỘ ĐỘI CƠ GIỚI 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 28 tháng 3 năm 2003"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 3 năm 2003", bold=False, italic=True),
            G(6),
            H("I. PHẦN MỞ ĐẦU"),
            P("- Thời gian: bắt đầu 13h30 ngày 28/3/2003."),
            P("- Địa điểm: phòng giao ca Đội Cơ giới 2, khu bãi 3."),
            P("- Chủ trì: đ/c Mai Xuân Hòa – Bí thư chi bộ, Đội trưởng. Ghi biên bản: đ/c Nguyễn Thế Vinh – Chi "
              "ủy viên."),
            P("- Đảng viên trong danh sách: 24 đ/c. Có mặt: 19 đ/c. Vắng: 05 đ/c, gồm:"),
            T([(0.40, "Họ và tên", "l"), (0.60, "Lý do vắng", "l")],
              [["Đỗ Văn Hùng", "Trực ca cầu tàu số 4"],
               ["Bùi Thị Lệ", "Nghỉ chế độ thai sản"],
               ["Ngô Quang Tiến", "Đi học trung cấp chính trị tại Trường Chính trị Tô Hiệu"],
               ["Phạm Văn Chiến", "Không lý do"],
               ["Lưu Đình Thắng", ""]]),
            H("II. NỘI DUNG"),
            P("1. Đ/c Bí thư phổ biến kế hoạch của Đảng ủy Cảng về học tập các nghị quyết Hội nghị Trung ương "
              "7 khóa IX (về đại đoàn kết toàn dân tộc, công tác dân tộc, công tác tôn giáo); thông báo của Trung "
              "tâm Kiểm dịch y tế quốc tế về phòng dịch viêm đường hô hấp cấp (SARS) khi làm hàng trên tàu nước "
              "ngoài."),
            P("2. Kết quả tháng 3: đội xếp dỡ 61.200 tấn hàng, vượt 8% kế hoạch; không để xảy ra tai nạn lao "
              "động; đã sửa xong cần trục số 7. Hạn chế: xe nâng hỏng vặt nhiều, chờ phụ tùng lâu; trong tháng "
              "có đảng viên bỏ sinh hoạt không báo cáo."),
            P("3. Nhiệm vụ tháng 4: giữ năng suất bình quân 2.100 tấn/ca; bảo dưỡng định kỳ toàn bộ xe nâng; "
              "đeo khẩu trang, khai báo y tế khi lên tàu nước ngoài theo hướng dẫn của cơ quan kiểm dịch."),
            P("4. Thảo luận:"),
            P("- Đ/c Trần Văn Quý (Đội phó): đề nghị xí nghiệp cấp đủ phụ tùng dự phòng cho xe nâng TCM, không "
              "để xe nằm chờ cả tuần như tháng qua."),
            P("- Đ/c Vũ Thị Liên (Tổ trưởng công đoàn): anh em công nhân lo lắng khi làm hàng tàu từ Hồng Kông "
              "về, đề nghị có khẩu trang, xà phòng rửa tay ở các cầu tàu."),
            P("- Đ/c Nguyễn Thế Vinh: việc đảng viên bỏ sinh hoạt phải được chi bộ xem xét nghiêm túc, không để "
              "kéo dài sang tháng sau."),
            H("III. Ý KIẾN CHỈ ĐẠO CỦA Đ/C CHỦ TRÌ"),
            P("Đ/c Mai Xuân Hòa tiếp thu các ý kiến và chỉ đạo: tháng 4 chi bộ lãnh đạo đội giữ vững năng suất "
              "và an toàn; coi phòng dịch khi làm hàng tàu nước ngoài là việc cấp bách; hai đảng viên vắng họp "
              "không lý do phải được gặp, nhắc nhở trước kỳ họp sau, nếu tái phạm thì đưa ra kiểm điểm. Chi ủy "
              "phân công như sau:"),
            T([(0.30, "Người thực hiện", "l"), (0.50, "Nội dung công việc", "l"), (0.20, "Thời hạn", "l")],
              [["Đ/c Trần Văn Quý", "Kiểm tra, bảo dưỡng toàn bộ 09 xe nâng TCM; lập dự trù phụ tùng gửi "
                "phòng Kỹ thuật", "15/4/2003"],
               ["Đ/c Mai Xuân Hòa, đ/c Nguyễn Thế Vinh", "Gặp 02 đảng viên vắng sinh hoạt không lý do, báo "
                "cáo chi ủy", "Trước 10/4/2003"],
               ["Tổ Công đoàn đội", "Cấp phát khẩu trang, bố trí nước sạch và xà phòng tại các cầu tàu",
                "Ngay trong tuần"],
               ["Đ/c Vũ Thị Liên", "Phát động thi đua giải phóng tàu nhanh, an toàn", "Quý II/2003"]]),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 4/2003: tỷ lệ tán thành 100% số đảng viên có mặt."),
            P("Buổi sinh hoạt kết thúc lúc 15h45. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông "
              "qua."),
            G(4),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Nguyễn Thế Vinh"], ["BÍ THƯ CHI BỘ", "", "Mai Xuân Hòa"]),
        ],
        "truth": minute(
            meeting("regular", "2003-03-28", "13:30", "15:45", "phòng giao ca Đội Cơ giới 2, khu bãi 3",
                    "CHI BỘ ĐỘI CƠ GIỚI 2", "ĐẢNG BỘ XN XẾP DỠ CHÙA VẼ"),
            "Mai Xuân Hòa", "Bí thư chi bộ", "Nguyễn Thế Vinh",
            attendance(24, 19, 5, 3, 2, 0,
                       [("Đỗ Văn Hùng", "Trực ca cầu tàu số 4", True),
                        ("Bùi Thị Lệ", "Nghỉ chế độ thai sản", True),
                        ("Ngô Quang Tiến", "Đi học trung cấp chính trị tại Trường Chính trị Tô Hiệu", True),
                        ("Phạm Văn Chiến", "Không lý do", False),
                        ("Lưu Đình Thắng", None, False)]),
            True,
            [vote("Nghị quyết tháng 4/2003", pct=100)],
            [task("Trần Văn Quý", "Kiểm tra, bảo dưỡng toàn bộ 09 xe nâng TCM; lập dự trù phụ tùng gửi phòng "
                  "Kỹ thuật", "15/4/2003"),
             task("Mai Xuân Hòa", "Gặp 02 đảng viên vắng sinh hoạt không lý do, báo cáo chi ủy", "10/4/2003"),
             task("Nguyễn Thế Vinh", "Gặp 02 đảng viên vắng sinh hoạt không lý do, báo cáo chi ủy", "10/4/2003"),
             task("Tổ Công đoàn đội", "Cấp phát khẩu trang, bố trí nước sạch và xà phòng tại các cầu tàu",
                  "Ngay trong tuần"),
             task("Vũ Thị Liên", "Phát động thi đua giải phóng tàu nhanh, an toàn", "Quý II/2003")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "v12-haiphong-port-scan-bleed-low-unexcused", "folder": "dev", "damage": "bleed",
               "seed": 18012, "dpi": 200}],
})


# =================================================================================================
# v03 — Nam Định 2006, coastal hamlet with a Catholic parish: the commune's delegate directs, the Bí thư only thanks.
# No conclusion; tasks are given in a "Phân công" part.
# =================================================================================================
DOCS.append({
    "name": "v03-namdinh-catholic-hamlet-guest-directs-no-conclusion", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN GIAO THỦY", "ĐẢNG ỦY XÃ GIAO TIẾN", "CHI BỘ XÓM 7", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Giao Tiến, ngày 05 tháng 8 năm 2006"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THÁNG 8 NĂM 2006"),
            G(8),
            P("Hôm nay, vào lúc 19 giờ 30 phút ngày 05/8/2006, tại nhà văn hóa xóm 7, Chi bộ xóm 7 tiến hành "
              "sinh hoạt thường kỳ tháng 8 năm 2006."),
            P("Thành phần: tổng số đảng viên của chi bộ 19 đồng chí, có mặt 18 đồng chí; vắng 01 đồng chí là "
              "đồng chí Phạm Văn Toản (đi biển đánh bắt xa bờ chưa về)."),
            P("Đại biểu Đảng ủy xã về dự: đồng chí Vũ Đình Khang, Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách "
              "địa bàn xóm 7."),
            P("Chủ trì: đồng chí Trần Văn Hưng, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Thu."),
            H("I. Nội dung"),
            P("1. Đồng chí Bí thư thông báo một số văn bản mới: kế hoạch của Đảng ủy xã về học tập, quán triệt "
              "Nghị quyết Đại hội X của Đảng; chỉ thị của UBND huyện về phòng, chống lụt bão năm 2006; hướng "
              "dẫn thu tiền đóng góp làm đường trục xóm."),
            P("2. Đồng chí Bí thư đọc báo cáo tình hình tháng 7: xóm thu hoạch xong lúa chiêm xuân, năng suất "
              "bình quân 62 tạ/ha; 100% hộ tiêm phòng cúm gia cầm đợt 1; an ninh trật tự ổn định; lễ bổn mạng "
              "giáo họ Thánh Tâm diễn ra an toàn, đúng quy định. Tồn tại: tiền làm đường trục mới thu được 54%; "
              "một số hộ ven đê thả vịt rông, gây mất vệ sinh."),
            P("3. Phương hướng tháng 8: phối hợp với Hội đồng giáo xứ giữ an ninh trật tự dịp lễ Đức Mẹ Lên Trời "
              "ngày 15/8; chăm sóc lúa mùa, phòng trừ rầy nâu; chuẩn bị cho năm học mới; tiếp tục thu tiền làm "
              "đường."),
            H("II. Thảo luận"),
            P("Đồng chí Phạm Thị Huyền, Chi hội trưởng Chi hội Phụ nữ: chị em giáo dân đến sinh hoạt hội đều "
              "hơn trước; đề nghị xóm có hình thức biểu dương những hộ đã nộp đủ tiền làm đường."),
            P("Đồng chí Đoàn Văn Lực, Trưởng ban công an xóm: dịp lễ năm ngoái xe máy đỗ tràn ra đường trục gây "
              "ùn tắc; năm nay cần bàn trước với ông trùm họ và Hội đồng giáo xứ về chỗ gửi xe."),
            P("Đồng chí Mai Văn Khuê: tuyến mương tiêu phía đông xóm bị bèo và rác lấp kín, mưa to là ngập lúa "
              "mùa."),
            H("III. Ý kiến chỉ đạo của đại biểu Đảng ủy xã"),
            P("Đồng chí Vũ Đình Khang ghi nhận xóm 7 giữ được đoàn kết lương – giáo; yêu cầu chi bộ tôn trọng "
              "sinh hoạt tôn giáo của bà con, giữ mối quan hệ thường xuyên với Hội đồng giáo xứ; làm tốt công tác "
              "phòng chống lụt bão; phấn đấu thu xong tiền làm đường trước khi khởi công vào tháng 10."),
            P("Chi bộ biểu quyết thông qua chương trình công tác tháng 8: 18/18 đ/c tán thành."),
            H("IV. Phân công"),
            P("- Đồng chí Đoàn Văn Lực được phân công làm việc với Hội đồng giáo xứ bố trí chỗ gửi xe, giữ trật "
              "tự đường trục trong dịp lễ ngày 15/8."),
            P("- Chi ủy giao cho Chi hội Nông dân xóm huy động hội viên vớt bèo, khơi thông tuyến mương tiêu "
              "phía đông, làm xong trước mùa mưa bão."),
            P("- Đồng chí Nguyễn Thị Thu và đồng chí Phạm Thị Huyền lập danh sách học sinh nghèo học giỏi để xã "
              "trao quà, gửi Ban Khuyến học trước ngày khai giảng 05/9/2006."),
            P("- Đồng chí Mai Văn Khuê theo dõi tuyến đê bao của xóm, báo ngay cho chi ủy khi có sự cố, thường "
              "xuyên."),
            P("Đồng chí Bí thư cảm ơn đồng chí đại biểu Đảng ủy đã về dự và có ý kiến chỉ đạo, cảm ơn các đồng "
              "chí đảng viên đã nhiệt tình đóng góp."),
            P("Biên bản được đọc lại trước chi bộ, các đồng chí nhất trí thông qua. Buổi sinh hoạt kết thúc lúc "
              "21 giờ 00 cùng ngày."),
            G(4),
            S(["THƯ KÝ", "", "Nguyễn Thị Thu"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trần Văn Hưng"]),
        ],
        "truth": minute(
            meeting("regular", "2006-08-05", "19:30", "21:00", "nhà văn hóa xóm 7", "CHI BỘ XÓM 7",
                    "ĐẢNG ỦY XÃ GIAO TIẾN"),
            "Trần Văn Hưng", "Bí thư chi bộ", "Nguyễn Thị Thu",
            attendance(19, 18, 1, 1, 0, 0,
                       [("Phạm Văn Toản", "đi biển đánh bắt xa bờ chưa về", True)],
                       [("Vũ Đình Khang", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn xóm 7")]),
            False,
            [vote("Chương trình công tác tháng 8/2006", 18)],
            [task("Đoàn Văn Lực", "làm việc với Hội đồng giáo xứ bố trí chỗ gửi xe, giữ trật tự đường trục trong "
                  "dịp lễ ngày 15/8", None),
             task("Chi hội Nông dân xóm", "huy động hội viên vớt bèo, khơi thông tuyến mương tiêu phía đông",
                  "mùa mưa bão"),
             task("Nguyễn Thị Thu", "lập danh sách học sinh nghèo học giỏi để xã trao quà, gửi Ban Khuyến học",
                  "ngày khai giảng 05/9/2006"),
             task("Phạm Thị Huyền", "lập danh sách học sinh nghèo học giỏi để xã trao quà, gửi Ban Khuyến học",
                  "ngày khai giảng 05/9/2006"),
             task("Mai Văn Khuê", "theo dõi tuyến đê bao của xóm, báo ngay cho chi ủy khi có sự cố", "thường xuyên")],
            ["missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# v04 — Thái Bình 2008, commune People's Committee office: "Chủ tọa chốt lại" with content, every near miss of a
# task and no task.
# =================================================================================================
DOCS.append({
    "name": "v04-thaibinh-commune-office-chairman-sums-up-no-tasks", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 4,
              "left": 68, "right": 62, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VŨ HỘI", "CHI BỘ CƠ QUAN UBND XÃ", "Số: 03-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vũ Hội, ngày 26 tháng 3 năm 2008"], bold_left=(1,)),
            G(10),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 3/2008", size=12.5),
            G(8),
            L("Thời gian: 8g00 ngày 26/3/2008."),
            L("Địa điểm: Hội trường UBND xã Vũ Hội."),
            L("Thành phần: Tổng số đảng viên chi bộ 16 đồng chí; có mặt 15 đồng chí; vắng 01 đồng chí (đ/c Lại "
              "Thị Hoa, cán bộ Văn phòng – Thống kê, đi tập huấn nghiệp vụ tại huyện)."),
            L("Chủ tọa: đồng chí Bùi Văn Tuân – Bí thư chi bộ, Phó Chủ tịch UBND xã."),
            L("Thư ký: đồng chí Phạm Thị Minh Nguyệt."),
            H("1/ Thông tin, phổ biến văn bản"),
            L("Đồng chí chủ tọa phổ biến kế hoạch của Huyện ủy Vũ Thư về tiếp tục thực hiện Cuộc vận động “Học "
              "tập và làm theo tấm gương đạo đức Hồ Chí Minh” năm 2008 với chủ đề thực hành tiết kiệm, chống tham "
              "ô, lãng phí, quan liêu; thông báo của Đảng ủy về gieo cấy lại diện tích mạ chết trong đợt rét "
              "đậm, rét hại tháng 1 và tháng 2."),
            H("2/ Kết quả công tác tháng 3"),
            L("Cơ quan đã phối hợp với hai hợp tác xã cấp bù 2,6 tấn mạ và thóc giống cho các hộ bị chết mạ; "
              "đồng chí Tô Văn Sơn (địa chính) đã đo đạc, bàn giao xong mốc giới cho 37 hộ trong khu dồn điền đổi "
              "thửa thôn Trung; bộ phận một cửa tiếp nhận và trả đúng hạn 214 hồ sơ. Hạn chế: còn 5 hồ sơ chứng "
              "thực trả chậm; thuế nhà đất mới thu được 41%."),
            H("3/ Nhiệm vụ tháng 4"),
            L("Cấy xong toàn bộ diện tích lúa xuân; tiếp nhận hồ sơ cấp giấy chứng nhận quyền sử dụng đất đợt 2; "
              "ra quân làm thủy lợi nội đồng; thu thuế nhà đất đạt trên 80%; chuẩn bị nội dung hội nghị sơ kết "
              "quý I."),
            H("4/ Thảo luận"),
            L("- Đồng chí Tô Văn Sơn: hồ sơ đất đợt 2 có nhiều trường hợp tranh chấp ranh giới, đề nghị chi bộ "
              "đề xuất Đảng ủy cho lập tổ hòa giải liên thôn."),
            L("- Đồng chí Nguyễn Hữu Trung (Tư pháp – Hộ tịch): 5 hồ sơ trả chậm vì lãnh đạo đi họp không có "
              "người ký; cần quy định rõ người ký thay."),
            L("- Đồng chí Vũ Thị Dung (Tài chính – Kế toán): dân chưa nộp thuế vì đang dồn tiền mua giống cấy "
              "lại, nên giãn việc thu sang tháng 5."),
            H("5/ Chủ tọa chốt lại"),
            L("Chủ tọa chốt lại một số việc: tháng 4 ưu tiên hàng đầu là cấy hết diện tích, không để ruộng bỏ "
              "hoang; việc ký thay phải làm đúng quy chế làm việc của UBND xã, không để hồ sơ trả chậm; thu thuế "
              "nhà đất được giãn đến hết tháng 5 nhưng phải có kế hoạch cho từng thôn. Chi bộ kiến nghị Đảng ủy "
              "xã sớm cho chủ trương lập tổ hòa giải liên thôn về đất đai. Việc phân công từng đồng chí phụ "
              "trách thu thuế ở các thôn, chi ủy sẽ bàn và phân công sau. Yêu cầu mỗi đảng viên trong cơ quan "
              "gương mẫu chấp hành giờ giấc, thực hành tiết kiệm điện, nước, văn phòng phẩm."),
            L("Hội nghị nhất trí cao với ý kiến chốt của chủ tọa (15/15 đồng chí giơ tay tán thành)."),
            L("Hội nghị kết thúc vào 10 giờ 20 phút cùng ngày. Biên bản đã được đọc lại và được hội nghị thông "
              "qua."),
            G(4),
            S(["THƯ KÝ", "", "Phạm Thị Minh Nguyệt"], ["CHỦ TỌA", "", "Bùi Văn Tuân"]),
        ],
        "truth": minute(
            meeting("regular", "2008-03-26", "08:00", "10:20", "Hội trường UBND xã Vũ Hội",
                    "CHI BỘ CƠ QUAN UBND XÃ", "ĐẢNG BỘ XÃ VŨ HỘI"),
            "Bùi Văn Tuân", "Bí thư chi bộ", "Phạm Thị Minh Nguyệt",
            attendance(16, 15, 1, 1, 0, 0, [("Lại Thị Hoa", "đi tập huấn nghiệp vụ tại huyện", True)]),
            True,
            [vote("Ý kiến chốt của chủ tọa", 15)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# v05 — Hòa Bình 2011, Mường hamlet before Tết Tân Mão: conclusion inside the discussion, lunar deadlines,
# 75 minutes, never read back.
# =================================================================================================
DOCS.append({
    "name": "v05-hoabinh-muong-hamlet-lunar-75min-not-approved", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 22, "spacing": 1.25, "para_gap": 2,
              "head": "- {n} -", "top": 62},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHÚ VINH", "CHI BỘ XÓM CHIỀNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Vinh, ngày 18 tháng 01 năm 2011"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ", size=14),
            C("Tháng 01 năm 2011", bold=False),
            G(6),
            P("Vào hồi 2 giờ chiều ngày 18/01/2011, tại nhà văn hóa xóm Chiềng, chi bộ họp thường kỳ tháng "
              "01/2011."),
            P("Chi bộ có 21 đảng viên, trong đó 02 đồng chí được miễn sinh hoạt là cụ Bùi Văn Nhấp và cụ Quách "
              "Văn Thìn. Dự họp 18 đồng chí. Vắng 01 đồng chí: đồng chí Bùi Thị Mai đi làm công nhân ở Bắc Ninh, "
              "đã gọi điện báo chi bộ."),
            P("Đồng chí Bùi Văn Khiêm, Bí thư chi bộ kiêm Trưởng xóm chủ trì; đồng chí Quách Thị Nguyệt ghi "
              "biên bản."),
            P("1. Đồng chí Bí thư thông báo: Đại hội đại biểu toàn quốc lần thứ XI của Đảng khai mạc ngày "
              "12/01/2011; huyện chỉ đạo chống rét cho trâu bò, không thả gia súc lên rừng những ngày nhiệt độ "
              "dưới 12 độ; xã tổ chức Hội xuân Tân Mão vào ngày mùng 6 tháng Giêng."),
            P("2. Tình hình từ kỳ họp trước: cả xóm có 4 con trâu và 2 con bê chết rét; làm xong 350 m đường bê "
              "tông nội đồng; 100% hộ đăng ký gia đình văn hóa. Tồn tại: còn 6 hộ chưa làm chuồng kín; một số "
              "thanh niên uống rượu rồi đi xe máy không đội mũ bảo hiểm."),
            P("3. Các ý kiến:"),
            P("Đồng chí Xa Văn Thắng (thú y viên): trâu bò gầy yếu nhiều, nhà nào hết rơm phải cắt cỏ voi dự "
              "trữ, ban đêm đốt lửa sưởi cho trâu."),
            P("Đồng chí Đinh Công Tuấn: đội cồng chiêng của xóm tập được ba bài, muốn xã hỗ trợ thêm trang "
              "phục."),
            P("Đồng chí Quách Thị Vân (Chi hội trưởng phụ nữ): hội sẽ vận động các gia đình giữ con em không "
              "uống rượu trong dịp Tết."),
            P("Sau khi nghe các ý kiến, đồng chí Khiêm kết luận: chi bộ coi chống rét cho gia súc là việc cấp "
              "bách nhất; vui Xuân, đón Tết an toàn, tiết kiệm; chuẩn bị tốt để tham gia Hội xuân của xã. Cụ "
              "thể: đồng chí Xa Văn Thắng chịu trách nhiệm kiểm tra, che chắn chuồng trại chống rét cho trâu bò "
              "trong toàn xóm, làm ngay sau cuộc họp; đồng chí Đinh Công Tuấn lo tập luyện đội cồng chiêng, sẵn "
              "sàng trước ngày mùng 5 tháng Giêng; chi ủy giao cho Chi đoàn thanh niên dọn vệ sinh đường làng và "
              "nhà văn hóa trước 28 tháng Chạp."),
            P("Chi bộ biểu quyết thông qua kết luận: 100% nhất trí."),
            P("Cuộc họp kết thúc lúc 3 giờ 15 phút chiều cùng ngày."),
            G(4),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Quách Thị Nguyệt"], ["BÍ THƯ CHI BỘ", "", "Bùi Văn Khiêm"]),
        ],
        "truth": minute(
            meeting("regular", "2011-01-18", "14:00", "15:15", "nhà văn hóa xóm Chiềng", "CHI BỘ XÓM CHIỀNG",
                    "ĐẢNG BỘ XÃ PHÚ VINH"),
            "Bùi Văn Khiêm", "Bí thư chi bộ", "Quách Thị Nguyệt",
            attendance(21, 18, 1, 1, 0, 2, [("Bùi Thị Mai", "đi làm công nhân ở Bắc Ninh", True)]),
            True,
            [vote("Kết luận tháng 01/2011", pct=100)],
            [task("Xa Văn Thắng", "kiểm tra, che chắn chuồng trại chống rét cho trâu bò trong toàn xóm",
                  "ngay sau cuộc họp"),
             task("Đinh Công Tuấn", "lo tập luyện đội cồng chiêng", "ngày mùng 5 tháng Giêng"),
             task("Chi đoàn thanh niên", "dọn vệ sinh đường làng và nhà văn hóa", "28 tháng Chạp")],
            ["not_approved", "short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# v06 — Sơn La 2016, ethnic boarding school: thematic meeting, "chốt lại ba nội dung", a ruled vote table. Clean.
# =================================================================================================
DOCS.append({
    "name": "v06-sonla-boarding-school-thematic-ballot-table-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 20, "spacing": 1.2, "para_gap": 1,
              "left": 76, "right": 52, "top": 48},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN MAI SƠN", "CHI BỘ TRƯỜNG PTDT", "NỘI TRÚ MAI SƠN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mai Sơn, ngày 17 tháng 11 năm 2016"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2016"),
            C("Chuyên đề: Trách nhiệm nêu gương của đảng viên là nhà giáo", bold=False, italic=True),
            G(6),
            P("Thời gian: từ 14 giờ 00 phút đến 16 giờ 30 phút ngày 17/11/2016."),
            P("Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            P("Thành phần: đảng viên chi bộ có mặt 17/18 đồng chí. Vắng: đồng chí Lò Thị Hương (đưa đội tuyển "
              "học sinh giỏi đi thi cấp tỉnh)."),
            P("Chủ trì: đồng chí Cầm Văn Thành – Bí thư chi bộ, Hiệu trưởng. Thư ký: đồng chí Tòng Thị Phượng."),
            H("I. NỘI DUNG CHUYÊN ĐỀ"),
            P("Đồng chí Quàng Văn Hải, Phó Bí thư chi bộ, trình bày chuyên đề: quán triệt Chỉ thị số 05-CT/TW "
              "ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
              "Chí Minh và Quy định số 101-QĐ/TW của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên; "
              "liên hệ với nhà trường: 460 học sinh ăn ở nội trú, xa gia đình, thầy cô vừa là người dạy chữ vừa "
              "là người chăm lo bữa ăn, giấc ngủ, giữ gìn bản sắc văn hóa các dân tộc Thái, Mông, Khơ Mú cho các "
              "em, nên mỗi lời nói, việc làm của đảng viên đều là tấm gương."),
            H("II. THẢO LUẬN"),
            P("Đồng chí Lường Văn Minh (tổ trưởng tổ Toán – Tin): giáo viên trực nội trú buổi tối còn làm việc "
              "riêng; đề nghị đưa việc nêu gương vào tiêu chí đánh giá đảng viên cuối năm."),
            P("Đồng chí Hà Thị Ngọc (phụ trách quản lý học sinh nội trú): nhiều em người Mông mới vào lớp 6 nhớ "
              "nhà, bỏ về bản; giáo viên chủ nhiệm cần đến tận nhà vận động gia đình."),
            P("Đồng chí Vì Thị Xuân, Bí thư Chi đoàn giáo viên: chi đoàn xin nhận tổ chức chương trình văn nghệ "
              "chào mừng Ngày Nhà giáo Việt Nam 20/11 cùng Ban Chấp hành Đoàn trường."),
            H("III. KẾT LUẬN"),
            P("Đồng chí Bí thư chốt lại ba nội dung:"),
            P("1. Chi bộ thống nhất mỗi đảng viên xây dựng bản đăng ký nêu gương gắn với nhiệm vụ được giao, nộp "
              "chi ủy; kết quả thực hiện là một căn cứ đánh giá, xếp loại đảng viên cuối năm."),
            P("2. Đề nghị đồng chí Hà Thị Ngọc phối hợp với giáo viên chủ nhiệm các lớp 6 lập danh sách học "
              "sinh có nguy cơ bỏ học, đến gia đình vận động các em trở lại trường, xong trong học kỳ I."),
            P("3. Giao đồng chí Quàng Văn Hải và đồng chí Lường Văn Minh xây dựng lịch kiểm tra việc trực nội "
              "trú buổi tối, báo cáo chi bộ hằng tuần."),
            P("Chi bộ biểu quyết thông qua kết luận chuyên đề, kết quả như sau:"),
            T([(0.43, "Nội dung biểu quyết", "l"), (0.17, "Tán thành", "c"), (0.23, "Không tán thành", "c"),
               (0.17, "Ý kiến khác", "c")],
              [["Kết luận chuyên đề quý IV/2016", "17/17", "0", "0"]]),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản đã được đọc lại, chi bộ "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "", "Tòng Thị Phượng"], ["BÍ THƯ", "", "Cầm Văn Thành"]),
        ],
        "truth": minute(
            meeting("thematic", "2016-11-17", "14:00", "16:30", "Phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG PTDT NỘI TRÚ MAI SƠN", "ĐẢNG BỘ HUYỆN MAI SƠN",
                    topic="Trách nhiệm nêu gương của đảng viên là nhà giáo"),
            "Cầm Văn Thành", "Bí thư chi bộ", "Tòng Thị Phượng",
            attendance(18, 17, 1, 1, 0, 0,
                       [("Lò Thị Hương", "đưa đội tuyển học sinh giỏi đi thi cấp tỉnh", True)]),
            True,
            [vote("Kết luận chuyên đề quý IV/2016", 17, 0, 0)],
            [task("Hà Thị Ngọc", "phối hợp với giáo viên chủ nhiệm các lớp 6 lập danh sách học sinh có nguy cơ bỏ "
                  "học, đến gia đình vận động các em trở lại trường", "học kỳ I"),
             task("Quàng Văn Hải", "xây dựng lịch kiểm tra việc trực nội trú buổi tối, báo cáo chi bộ", "hằng tuần"),
             task("Lường Văn Minh", "xây dựng lịch kiểm tra việc trực nội trú buổi tối, báo cáo chi bộ",
                  "hằng tuần")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "v13-sonla-school-scan-phone-clean", "folder": "dev", "damage": "phone", "seed": 18013,
               "dpi": 200}],
})


# =================================================================================================
# v07 — Điện Biên 2019, border-guard post: no opinion recorded, a task table without a deadline column, no vote.
# =================================================================================================
DOCS.append({
    "name": "v07-dienbien-border-post-no-deadline-table-no-discussion-no-vote", "folder": "dev",
    "style": {"family": "dvsans", "size": 11.5, "justify": True, "indent": 0, "spacing": 1.3, "para_gap": 3,
              "head": "Chi bộ Đội Vận động quần chúng – tháng 5/2019", "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG", "NẬM KÈ", "CHI BỘ ĐỘI VẬN ĐỘNG", "QUẦN CHÚNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nậm Kè, ngày 24 tháng 5 năm 2019"], bold_left=(2, 3)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2019", size=13),
            G(8),
            L("1. Thời gian: bắt đầu 07 giờ 30 phút, ngày 24/5/2019."),
            L("2. Địa điểm: Hội trường Đồn Biên phòng Nậm Kè."),
            L("3. Chủ trì: đồng chí Thiếu tá Lò Văn Pản – Bí thư chi bộ, Đội trưởng Đội Vận động quần chúng."),
            L("4. Thư ký: đồng chí Trung úy Quàng Văn Thương."),
            L("5. Quân số đảng viên: 11/12 đồng chí; vắng 01 đồng chí: Thượng úy Giàng A Chư, đi tuần tra song "
              "phương khu vực mốc 45."),
            L("6. Đại biểu dự: đồng chí Thượng tá Nguyễn Văn Hào, Phó Bí thư Đảng ủy, Chính trị viên Đồn."),
            H("I. THÔNG TIN THỜI SỰ"),
            P("Đồng chí Bí thư thông tin: dịch tả lợn châu Phi đã xuất hiện ở một số huyện trong tỉnh; tình hình "
              "vận chuyển trái phép chất ma túy qua biên giới Việt – Lào còn diễn biến phức tạp; Đảng ủy Đồn "
              "triển khai phong trào thi đua “Dân vận khéo” trong cán bộ, chiến sĩ."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5"),
            P("Đội duy trì 4 tổ công tác bám bản Huổi Lụ, Nậm Ngà, Pa Tần, Huổi Thanh; phối hợp Công an xã bắt "
              "giữ 01 đối tượng tàng trữ 0,8 kg thuốc phiện; giúp dân làm 3 nhà đại đoàn kết; 07 em học sinh "
              "được cán bộ, chiến sĩ nhận đỡ đầu theo chương trình “Nâng bước em tới trường” đều hoàn thành năm "
              "học. Hạn chế: một số hộ ở bản Huổi Lụ vẫn mua lợn giống từ nơi khác về mà không khai báo."),
            H("III. PHƯƠNG HƯỚNG THÁNG 6"),
            P("Tiếp tục bám bản, tuyên truyền phòng chống dịch tả lợn châu Phi; nắm chắc tình hình khu vực biên "
              "giới; duy trì tuần tra song phương; chăm lo các em học sinh nhận đỡ đầu trong dịp hè."),
            P("Các đồng chí đảng viên trong chi bộ nhất trí với báo cáo, không có ý kiến bổ sung."),
            H("IV. Ý KIẾN KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ CHI BỘ"),
            P("Tháng 6 chi bộ lãnh đạo đội tập trung hai việc trọng tâm: không để dịch tả lợn châu Phi lây vào "
              "các bản trên địa bàn đồn quản lý; giữ vững an ninh, không để hình thành điểm, tụ điểm ma túy. Cán "
              "bộ bám bản phải ăn, ở cùng dân, nói được tiếng dân tộc, làm đến đâu báo cáo đến đó. Chi ủy phân "
              "công cụ thể như sau:"),
            T([(0.08, "TT", "c"), (0.32, "Người thực hiện", "l"), (0.60, "Nhiệm vụ", "l")],
              [["1", "Đại úy Vàng A Sùng", "Bám bản Huổi Lụ, hướng dẫn bà con khai báo lợn nhập bản, tiêu độc "
                "chuồng trại"],
               ["2", "Tổ công tác bản Nậm Ngà", "Phối hợp Công an xã nắm các đối tượng nghi vận chuyển ma túy "
                "qua đường mòn"],
               ["3", "Trung úy Quàng Văn Thương, Thiếu úy Mùa A Dế", "Theo dõi, hỗ trợ 07 em học sinh nhận đỡ "
                "đầu trong dịp hè"]]),
            P("Biên bản đã được đọc lại, các đồng chí đảng viên dự họp thống nhất thông qua. Buổi sinh hoạt kết "
              "thúc lúc 09 giờ 40 phút cùng ngày."),
            G(4),
            S(["THƯ KÝ", "", "Trung úy Quàng Văn Thương"], ["BÍ THƯ CHI BỘ", "", "Thiếu tá Lò Văn Pản"]),
        ],
        "truth": minute(
            meeting("regular", "2019-05-24", "07:30", "09:40", "Hội trường Đồn Biên phòng Nậm Kè",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG NẬM KÈ"),
            "Lò Văn Pản", "Bí thư chi bộ", "Quàng Văn Thương",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Giàng A Chư", "đi tuần tra song phương khu vực mốc 45", True)],
                       [("Nguyễn Văn Hào", "Phó Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [],
            [task("Vàng A Sùng", "Bám bản Huổi Lụ, hướng dẫn bà con khai báo lợn nhập bản, tiêu độc chuồng trại",
                  None),
             task("Tổ công tác bản Nậm Ngà", "Phối hợp Công an xã nắm các đối tượng nghi vận chuyển ma túy qua "
                  "đường mòn", None),
             task("Quàng Văn Thương", "Theo dõi, hỗ trợ 07 em học sinh nhận đỡ đầu trong dịp hè", None),
             task("Mùa A Dế", "Theo dõi, hỗ trợ 07 em học sinh nhận đỡ đầu trong dịp hè", None)],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# v08 — Lạng Sơn 2022, provincial hospital ICU: a printed form with two fields left as dots.
# =================================================================================================
DOCS.append({
    "name": "v08-langson-icu-form-dots-unfilled", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 0, "spacing": 1.25, "para_gap": 2,
              "left": 85, "right": 57, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY BỆNH VIỆN ĐA KHOA", "TỈNH LẠNG SƠN", "CHI BỘ KHOA HỒI SỨC", "TÍCH CỰC – CHỐNG ĐỘC",
                "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạng Sơn, ngày 27 tháng 9 năm 2022"], bold_left=(2, 3)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14.5),
            C("Tháng 9 năm 2022", bold=False, italic=True),
            G(6),
            L("1. Thời gian: bắt đầu lúc 16 giờ 00 phút, ngày 27 tháng 9 năm 2022."),
            L("2. Địa điểm: Phòng giao ban Khoa Hồi sức tích cực – Chống độc."),
            L("3. Thành phần dự họp:"),
            L("- Tổng số đảng viên của chi bộ: 23 đồng chí; có mặt: 22 đồng chí; vắng: 01 đồng chí (có lý do: "
              "01; không lý do: 0)."),
            L("- Đảng viên vắng mặt: đồng chí Hoàng Thị Thắm – trực cấp cứu."),
            L("- Khách mời: ……"),
            L("- Chủ trì: đồng chí BSCKII. Nông Văn Quyết – Bí thư chi bộ, Trưởng khoa."),
            L("- Thư ký: đồng chí ThS. Lăng Thị Thu Hà."),
            L("4. Nội dung:"),
            P("a) Thông tin: Đồng chí Bí thư thông tin về tình hình sốt xuất huyết gia tăng ở các tỉnh phía Bắc; "
              "chỉ đạo của Sở Y tế về bảo đảm thuốc, vật tư y tế sau khi các gói thầu bị chậm."),
            P("b) Kết quả tháng 8: khoa tiếp nhận 186 lượt người bệnh, trong đó 41 ca ngộ độc (lá ngón, nấm độc, "
              "thuốc trừ sâu); cứu sống 3 ca ngộ độc nặng phải lọc máu liên tục; không có sai sót chuyên môn. "
              "Hạn chế: thiếu một số vật tư tiêu hao; 02 điều dưỡng xin nghỉ việc chuyển ra cơ sở tư nhân."),
            P("c) Nhiệm vụ tháng 10: bảo đảm đủ vật tư cho cấp cứu; ổn định nhân lực điều dưỡng; tiếp tục triển "
              "khai kỹ thuật lọc máu liên tục; nâng cao sự hài lòng của người bệnh."),
            P("d) Thảo luận: Đồng chí Hà Văn Lâm: kỹ thuật lọc máu mới có 4 điều dưỡng làm được, cần kèm thêm "
              "người mới. Đồng chí Chu Thị Yến: người bệnh ngộ độc ở vùng cao thường nghèo, nhiều gia đình không "
              "có người nuôi, đề nghị Công đoàn có quỹ hỗ trợ bữa ăn."),
            L("5. Kết luận của chủ trì:"),
            P("Tháng 10 chi bộ lãnh đạo khoa bảo đảm không để thiếu vật tư cấp cứu, chủ động dự trù sớm; đào tạo "
              "tại chỗ để có thêm người làm được lọc máu liên tục; chăm lo người bệnh nghèo. Các bác sĩ trực thực "
              "hiện nghiêm quy chế trực, bàn giao người bệnh."),
            L("6. Biểu quyết: Tán thành: 22/22 đồng chí (100%); Không tán thành: 0; Ý kiến khác: 0."),
            L("7. Phân công thực hiện:"),
            L("- Điều dưỡng trưởng khoa lập dự trù vật tư tiêu hao quý IV gửi Phòng Vật tư – Thiết bị y tế, xong "
              "trước ngày 05/10/2022."),
            L("- Đồng chí Hà Văn Lâm chịu trách nhiệm hướng dẫn, kèm cặp 03 điều dưỡng mới về kỹ thuật lọc máu "
              "liên tục đến hết năm 2022."),
            L("- Tổ Công đoàn khoa vận động quỹ, hỗ trợ suất ăn cho người bệnh nghèo không có người nuôi, hằng "
              "tuần."),
            L("Buổi sinh hoạt kết thúc lúc 17 giờ 50 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
            G(4),
            S(["THƯ KÝ", "", "Lăng Thị Thu Hà"], ["BÍ THƯ CHI BỘ", "", "Nông Văn Quyết"]),
        ],
        "truth": minute(
            meeting("regular", "2022-09-27", "16:00", "17:50", "Phòng giao ban Khoa Hồi sức tích cực – Chống độc",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC – CHỐNG ĐỘC", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH LẠNG SƠN"),
            "Nông Văn Quyết", "Bí thư chi bộ", "Lăng Thị Thu Hà",
            attendance(23, 22, 1, 1, 0, 0, [("Hoàng Thị Thắm", "trực cấp cứu", True)]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 10/2022", 22, 0, 0, 100)],
            [task("Điều dưỡng trưởng khoa", "lập dự trù vật tư tiêu hao quý IV gửi Phòng Vật tư – Thiết bị y tế",
                  "05/10/2022"),
             task("Hà Văn Lâm", "hướng dẫn, kèm cặp 03 điều dưỡng mới về kỹ thuật lọc máu liên tục",
                  "hết năm 2022"),
             task("Tổ Công đoàn khoa", "vận động quỹ, hỗ trợ suất ăn cho người bệnh nghèo không có người nuôi",
                  "hằng tuần")],
            ["unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# v09 — Nghệ An 2026, retired members' cell in a merged ward: "Thay mặt chi ủy … kết luận" holding the tasks,
# "đa số tán thành" beside the counts. Clean.
# =================================================================================================
DOCS.append({
    "name": "v09-nghean-retirees-2026-majority-vote-clean", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 4,
              "foot": "Trang {n}", "left": 74, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG TRƯỜNG VINH", "CHI BỘ HƯU TRÍ KHỐI 5"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trường Vinh, ngày 10 tháng 01 năm 2026"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 01/2026"),
            G(6),
            L("Hôm nay, ngày 10/01/2026, từ 8 giờ 00 đến 10 giờ 05, tại hội trường khối 5, phường Trường Vinh, "
              "Chi bộ Hưu trí khối 5 tiến hành sinh hoạt định kỳ tháng 01/2026."),
            L("Chủ trì: đồng chí Trần Đình Lục, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Hoài Thanh."),
            L("Chi bộ có 34 đảng viên, trong đó 11 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu; số phải "
              "dự 23. Có mặt 21 đồng chí. Vắng 02: đồng chí Hồ Sỹ Thành đang nằm viện; đồng chí Nguyễn Thị Lài "
              "ra Hà Nội trông cháu."),
            H("1. Thông tin"),
            L("Đồng chí Bí thư thông tin: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng diễn ra trong tháng "
              "01/2026; bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – "
              "2031 tổ chức ngày 15/3/2026; từ kỳ này chi bộ sinh hoạt theo Hướng dẫn số 42-HD/BTCTW ngày "
              "28/10/2025 của Ban Tổ chức Trung ương."),
            H("2. Kết quả tháng 12/2025"),
            L("Chi bộ đã trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Lê Văn Hợi và Huy hiệu 40 năm tuổi Đảng cho "
              "02 đồng chí; 100% đảng viên đóng đảng phí đúng hạn; đồng chí Nguyễn Thị Hoài Thanh đã làm xong sổ "
              "theo dõi đảng viên cao tuổi theo mẫu mới. Hạn chế: nhiều đồng chí còn ngại dùng ứng dụng Sổ tay "
              "đảng viên điện tử; việc thăm hỏi đảng viên ốm đau có lúc chưa kịp thời."),
            H("3. Phương hướng tháng 01 và Tết Bính Ngọ"),
            L("Chăm lo Tết cho đảng viên cao tuổi, neo đơn; tham gia tuyên truyền bầu cử; chuẩn bị lễ trao Huy "
              "hiệu Đảng dịp 3/2; giữ trật tự, vệ sinh khu dân cư."),
            H("4. Ý kiến thảo luận"),
            L("- Đồng chí Cao Xuân Lộc: quỹ thăm hỏi mỗi đảng viên đóng 100.000 đồng một năm là vừa, không nên "
              "tăng vì nhiều đồng chí lương hưu thấp."),
            L("- Đồng chí Đậu Thị Hường: nhiều cụ trong khối không xem được danh sách cử tri trên mạng; nên đọc "
              "trên loa và dán ở nhà văn hóa."),
            L("- Đồng chí Võ Văn Cảnh: đề nghị chi ủy kiến nghị Đảng ủy phường sớm hướng dẫn thủ tục sinh hoạt "
              "tạm thời cho các đồng chí đi ở với con ở tỉnh khác."),
            H("5. Kết luận"),
            L("Thay mặt chi ủy, đồng chí Trần Đình Lục kết luận: chi bộ thống nhất mức đóng quỹ thăm hỏi năm 2026 "
              "là 120.000 đồng mỗi đảng viên, đồng chí nào khó khăn thì chi ủy xem xét miễn giảm; tháng 01 tập "
              "trung lo Tết chu đáo và tuyên truyền bầu cử. Đồng chí Võ Văn Cảnh lo việc mua quà, cùng chi hội "
              "Người cao tuổi đến thăm 07 đảng viên neo đơn, ốm đau trước Tết Nguyên đán. Đồng chí Đậu Thị Hường "
              "và đồng chí Nguyễn Thị Hoài Thanh đọc danh sách cử tri và thông tin về bầu cử trên loa truyền "
              "thanh của khối vào sáng thứ Bảy hằng tuần. Chi ủy giao cho tổ đảng số 2 rà soát, lập danh sách "
              "đảng viên đủ điều kiện xét tặng Huy hiệu Đảng đợt 19/5/2026, gửi Đảng ủy phường trước rằm tháng "
              "Giêng."),
            L("Biểu quyết: 20 đồng chí tán thành, 01 đồng chí không tán thành; đa số tán thành kết luận."),
            L("Buổi sinh hoạt kết thúc lúc 10 giờ 05 phút. Biên bản được đọc lại cho chi bộ nghe và được nhất trí "
              "thông qua."),
            G(4),
            S(["THƯ KÝ", "", "Nguyễn Thị Hoài Thanh"], ["T/M CHI ỦY", "BÍ THƯ", "", "Trần Đình Lục"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-10", "08:00", "10:05", "hội trường khối 5, phường Trường Vinh",
                    "CHI BỘ HƯU TRÍ KHỐI 5", "ĐẢNG BỘ PHƯỜNG TRƯỜNG VINH"),
            "Trần Đình Lục", "Bí thư chi bộ", "Nguyễn Thị Hoài Thanh",
            attendance(34, 21, 2, 2, 0, 11,
                       [("Hồ Sỹ Thành", "đang nằm viện", True), ("Nguyễn Thị Lài", "ra Hà Nội trông cháu", True)]),
            True,
            [vote("Kết luận tháng 01/2026, mức đóng quỹ thăm hỏi", 20, 1)],
            [task("Võ Văn Cảnh", "lo việc mua quà, cùng chi hội Người cao tuổi đến thăm 07 đảng viên neo đơn, ốm "
                  "đau", "Tết Nguyên đán"),
             task("Đậu Thị Hường", "đọc danh sách cử tri và thông tin về bầu cử trên loa truyền thanh của khối",
                  "sáng thứ Bảy hằng tuần"),
             task("Nguyễn Thị Hoài Thanh", "đọc danh sách cử tri và thông tin về bầu cử trên loa truyền thanh của "
                  "khối", "sáng thứ Bảy hằng tuần"),
             task("tổ đảng số 2", "rà soát, lập danh sách đảng viên đủ điều kiện xét tặng Huy hiệu Đảng đợt "
                  "19/5/2026, gửi Đảng ủy phường", "rằm tháng Giêng")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# v10 — Thanh Hóa 2009, agricultural service cooperative: a minute book Jul–Dec, October skipped, Q3 without a
# thematic meeting, one member absent without reason three times.
# =================================================================================================
BOOK_CELL, BOOK_COMMITTEE = "CHI BỘ HTX DỊCH VỤ NÔNG NGHIỆP", "ĐẢNG BỘ XÃ THIỆU GIAO"

DOCS.append({
    "name": "v10-thanhhoa-coop-book-jul-dec-2009", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.2, "para_gap": 1,
              "head": "Sổ biên bản sinh hoạt Chi bộ HTX – năm 2009", "head_align": "right", "foot": "- {n} -",
              "top": 58, "bottom": 56},
    "between": 22,
    "minutes": [
        # ---- July 2009
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ THIỆU GIAO", "CHI BỘ HTX DỊCH VỤ", "NÔNG NGHIỆP"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thiệu Giao, ngày 08 tháng 7 năm 2009"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2009"),
            G(4),
            P("Thời gian: 14h00 ngày 08/7/2009. Địa điểm: văn phòng Hợp tác xã."),
            P("Chủ trì: đ/c Nguyễn Bá Toàn – Bí thư chi bộ, Chủ nhiệm HTX. Thư ký: đ/c Lê Thị Hằng."),
            P("Đảng viên: 14 đ/c, miễn sinh hoạt 01 đ/c (đ/c Lê Đình Ngữ). Có mặt 12/13 đ/c. Vắng: đ/c Lê Văn Tửu "
              "– không có lý do."),
            P("Nội dung: Đ/c Bí thư thông báo tình hình bệnh lùn sọc đen xuất hiện ở một số huyện phía Bắc và "
              "hướng dẫn của Trạm Bảo vệ thực vật huyện. Kết quả tháng 6: HTX cung ứng đủ giống, phân cho vụ mùa, "
              "đã cấy 176/182 ha; trạm bơm Đồng Cao chạy ổn định. Tồn tại: còn 6 ha chân cao thiếu nước; nợ tiền "
              "dịch vụ vụ chiêm còn 38 triệu đồng."),
            P("Thảo luận: Đ/c Trịnh Văn Dũng cho biết đã thấy rầy lưng trắng ở cánh đồng Mả Ngô, mật độ chưa cao "
              "nhưng phải theo dõi. Đ/c Hoàng Văn Phúc đề nghị bơm bổ sung cho khu chân cao vào ban đêm để tiết "
              "kiệm điện."),
            P("Đ/c Bí thư kết luận: tháng 7 dồn sức cấy xong diện tích còn lại, giữ nước cho lúa mới cấy, phòng "
              "bệnh lùn sọc đen từ gốc là diệt rầy. Giao đ/c Trịnh Văn Dũng phối hợp cán bộ khuyến nông xã thăm "
              "đồng, báo cáo tình hình rầy với chi bộ hằng tuần; đ/c Hoàng Văn Phúc chỉ đạo tổ thủy nông bơm đủ "
              "nước cho khu chân cao, xong trong tháng 7."),
            P("Chi bộ nhất trí 100%. Buổi sinh hoạt kết thúc lúc 16h10. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "Lê Thị Hằng"], ["BÍ THƯ", "Nguyễn Bá Toàn"]),
        ],
         "truth": minute(
             meeting("regular", "2009-07-08", "14:00", "16:10", "văn phòng Hợp tác xã", BOOK_CELL, BOOK_COMMITTEE),
             "Nguyễn Bá Toàn", "Bí thư chi bộ", "Lê Thị Hằng",
             attendance(14, 12, 1, 0, 1, 1, [("Lê Văn Tửu", "không có lý do", False)]),
             True,
             [vote("Kết luận tháng 7/2009", pct=100)],
             [task("Trịnh Văn Dũng", "phối hợp cán bộ khuyến nông xã thăm đồng, báo cáo tình hình rầy với chi bộ",
                   "hằng tuần"),
              task("Hoàng Văn Phúc", "chỉ đạo tổ thủy nông bơm đủ nước cho khu chân cao", "tháng 7")],
             ["unexcused_absence"])},
        # ---- August 2009
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2009"),
            G(4),
            P("Hôm nay, lúc 14 giờ ngày 06/8/2009, tại văn phòng Hợp tác xã, chi bộ họp thường kỳ tháng 8. Đ/c "
              "Nguyễn Bá Toàn – Bí thư chi bộ chủ trì; đ/c Lê Thị Hằng ghi biên bản. Đảng viên dự họp: 13/13 "
              "đ/c (không kể 01 đ/c miễn sinh hoạt)."),
            P("Đ/c Bí thư đánh giá tháng 7: cấy xong 182 ha, lúa đẻ nhánh khá; chưa phát hiện ổ bệnh lùn sọc "
              "đen; tổ thủy nông đã bơm đủ nước khu chân cao. Tồn tại: nợ dịch vụ thu được ít; máy bơm số 2 "
              "trạm Đồng Cao hỏng bạc đạn."),
            P("Thảo luận: Đ/c Nguyễn Thị Loan (kế toán) nêu còn 41 hộ nợ tiền dịch vụ vụ chiêm, có hộ nợ từ năm "
              "trước. Đ/c Đỗ Văn Thọ đề nghị sửa ngay máy bơm, nếu mưa lớn không tiêu kịp."),
            P("Kết luận: Đ/c Bí thư thống nhất các ý kiến; yêu cầu chăm sóc lúa giai đoạn làm đòng, chuẩn bị "
              "giống cho vụ đông. Việc thu hồi nợ tiền dịch vụ vụ chiêm do đ/c Nguyễn Thị Loan đảm nhận, xong "
              "trong quý III; đ/c Đỗ Văn Thọ sửa chữa máy bơm số 2 trạm Đồng Cao trước ngày 20/8."),
            P("Biểu quyết: 13/13 đồng chí tán thành. Họp xong 16 giờ 05. Biên bản đã đọc lại, chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "Lê Thị Hằng"], ["BÍ THƯ", "Nguyễn Bá Toàn"]),
        ],
         "truth": minute(
             meeting("regular", "2009-08-06", "14:00", "16:05", "văn phòng Hợp tác xã", BOOK_CELL, BOOK_COMMITTEE),
             "Nguyễn Bá Toàn", "Bí thư chi bộ", "Lê Thị Hằng",
             attendance(14, 13, 0, 0, 0, 1),
             True,
             [vote("Kết luận tháng 8/2009", 13)],
             [task("Nguyễn Thị Loan", "thu hồi nợ tiền dịch vụ vụ chiêm", "quý III"),
              task("Đỗ Văn Thọ", "sửa chữa máy bơm số 2 trạm Đồng Cao", "20/8")],
             [])},
        # ---- September 2009
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 9 NĂM 2009"),
            G(4),
            P("Vào hồi 14 giờ 00 ngày 09/9/2009 tại văn phòng Hợp tác xã. Chủ trì: đ/c Nguyễn Bá Toàn, Bí thư "
              "chi bộ. Thư ký: đ/c Lê Thị Hằng. Có mặt 11/13 đ/c (01 đ/c miễn sinh hoạt); vắng 02 đ/c: đ/c Lê Thị "
              "Mùi (con ốm nằm viện), đ/c Lê Văn Tửu (không lý do)."),
            P("Đ/c Bí thư báo cáo: lúa mùa trổ đều, dự kiến năng suất 56 tạ/ha; rầy lưng trắng tăng mật độ ở "
              "cánh đồng Mả Ngô, đã phun trừ 20 ha; thu nợ dịch vụ được 15 triệu đồng. Vụ đông đăng ký 64 ha "
              "ngô và khoai tây."),
            P("Ý kiến: Đ/c Trịnh Văn Dũng đề nghị phun đồng loạt cả xã mới chặn được rầy. Đ/c Phạm Văn Khởi nói "
              "giá giống ngô năm nay cao, HTX nên ứng trước cho xã viên trả sau vụ."),
            P("Chủ trì tổng hợp ý kiến và kết luận: tập trung diệt rầy, không để lây lan trước khi lúa chín; "
              "HTX ứng giống ngô cho các hộ khó khăn. Chi ủy giao cho Đội bảo vệ thực vật tổ chức phun trừ rầy "
              "đồng loạt, làm ngay trong tuần này. Đ/c Nguyễn Bá Toàn gặp đ/c Lê Văn Tửu tìm hiểu lý do vắng "
              "họp, báo cáo chi bộ tại kỳ họp sau."),
            P("Chi bộ giơ tay biểu quyết: 11/11 đ/c nhất trí. Buổi họp kết thúc 16 giờ 00. Biên bản đọc lại, "
              "thông qua."),
            S(["THƯ KÝ", "Lê Thị Hằng"], ["BÍ THƯ", "Nguyễn Bá Toàn"]),
        ],
         "truth": minute(
             meeting("regular", "2009-09-09", "14:00", "16:00", "văn phòng Hợp tác xã", BOOK_CELL, BOOK_COMMITTEE),
             "Nguyễn Bá Toàn", "Bí thư chi bộ", "Lê Thị Hằng",
             attendance(14, 11, 2, 1, 1, 1,
                        [("Lê Thị Mùi", "con ốm nằm viện", True), ("Lê Văn Tửu", "không lý do", False)]),
             True,
             [vote("Kết luận tháng 9/2009", 11)],
             [task("Đội bảo vệ thực vật", "tổ chức phun trừ rầy đồng loạt", "ngay trong tuần này"),
              task("Nguyễn Bá Toàn", "gặp đ/c Lê Văn Tửu tìm hiểu lý do vắng họp, báo cáo chi bộ", "kỳ họp sau")],
             ["low_attendance", "unexcused_absence"])},
        # ---- November 2009, combined with the thematic meeting of Q4
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2009"),
            C("(kết hợp sinh hoạt chuyên đề quý IV)", bold=False, italic=True),
            G(4),
            P("Chuyên đề: Nâng cao ý thức trách nhiệm, hết lòng, hết sức phục vụ nhân dân."),
            P("Thời gian: 13h30 ngày 12/11/2009. Địa điểm: văn phòng Hợp tác xã. Chủ trì: đ/c Nguyễn Bá Toàn – "
              "Bí thư chi bộ. Thư ký: đ/c Lê Thị Hằng. Có mặt 12/13 đ/c (không tính đ/c Lê Đình Ngữ miễn sinh "
              "hoạt); vắng đ/c Phạm Văn Khởi đi khám bệnh ở "
              "Hà Nội. Tháng 10/2009 chi bộ không sinh hoạt được do dồn sức thu hoạch lúa mùa và làm đất vụ đông."),
            P("1. Đ/c Bí thư đánh giá: năng suất lúa mùa đạt 55,8 tạ/ha; đã gieo trồng 61/64 ha cây vụ đông; "
              "thu nợ dịch vụ đạt 80%."),
            P("2. Phần chuyên đề: đ/c Lê Thị Hằng trình bày nội dung học tập tấm gương đạo đức Hồ Chí Minh về "
              "nâng cao ý thức trách nhiệm, hết lòng, hết sức phục vụ nhân dân, liên hệ với công việc của cán bộ "
              "HTX: cung ứng giống, phân đúng hẹn, công khai giá dịch vụ, không để xã viên phải chờ đợi."),
            P("Ý kiến: Đ/c Lê Văn Quang nhận thấy cán bộ HTX còn để xã viên chờ lấy phân cả buổi sáng. Đ/c Trịnh "
              "Thị Thoa đề nghị niêm yết giá dịch vụ ở nhà văn hóa các thôn."),
            P("Kết luận: chi bộ thống nhất mỗi cán bộ, đảng viên trong HTX đăng ký một việc làm cụ thể để phục "
              "vụ xã viên tốt hơn. Giao đ/c Trịnh Thị Thoa niêm yết công khai giá các dịch vụ của HTX tại 5 nhà "
              "văn hóa thôn trước ngày 30/11/2009."),
            P("Chi bộ biểu quyết nhất trí cao: 12/12 đồng chí. Kết thúc lúc 15h20. Biên bản đã được thông qua."),
            S(["THƯ KÝ", "Lê Thị Hằng"], ["BÍ THƯ", "Nguyễn Bá Toàn"]),
        ],
         "truth": minute(
             meeting("regular", "2009-11-12", "13:30", "15:20", "văn phòng Hợp tác xã", BOOK_CELL, BOOK_COMMITTEE,
                     topic="Nâng cao ý thức trách nhiệm, hết lòng, hết sức phục vụ nhân dân"),
             "Nguyễn Bá Toàn", "Bí thư chi bộ", "Lê Thị Hằng",
             attendance(14, 12, 1, 1, 0, 1, [("Phạm Văn Khởi", "đi khám bệnh ở Hà Nội", True)]),
             True,
             [vote("Kết luận tháng 11/2009 và chuyên đề quý IV", 12)],
             [task("Trịnh Thị Thoa", "niêm yết công khai giá các dịch vụ của HTX tại 5 nhà văn hóa thôn",
                   "30/11/2009")],
             ["short_meeting"])},
        # ---- December 2009
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2009"),
            G(4),
            P("Thời gian: 14h00 ngày 10/12/2009, tại văn phòng Hợp tác xã. Chủ trì: đ/c Nguyễn Bá Toàn – Bí thư "
              "chi bộ. Thư ký: đ/c Lê Thị Hằng."),
            P("Tổng số đảng viên 14 đ/c, miễn sinh hoạt 01, có mặt 12 đ/c, vắng 01 đ/c: đ/c Lê Văn Tửu, không "
              "báo cáo chi ủy. Đây là lần thứ ba trong năm đ/c Tửu vắng họp không lý do; đ/c Bí thư báo cáo đã "
              "gặp đ/c Tửu hai lần nhưng đồng chí chưa có chuyển biến."),
            P("Đ/c Bí thư đánh giá năm 2009: HTX làm tốt khâu giống, thủy nông, bảo vệ thực vật; không để bệnh "
              "lùn sọc đen phát thành dịch; vụ đông gieo trồng đạt 100% kế hoạch. Tồn tại: quyết toán các khâu "
              "dịch vụ còn chậm; một đảng viên nhiều lần bỏ sinh hoạt."),
            P("Ý kiến: Đ/c Hoàng Văn Phúc đề nghị chi bộ xem xét hình thức kỷ luật nếu đ/c Tửu vẫn không "
              "sửa. Đ/c Nguyễn Thị Loan cho biết quyết toán năm đã xong phần vật tư, còn phần thủy nông."),
            P("Đ/c Bí thư kết luận: chi bộ thống nhất đánh giá năm 2009 hoàn thành tốt nhiệm vụ; việc của đ/c "
              "Tửu phải làm đúng Điều lệ. Chi ủy giao đ/c Nguyễn Bá Toàn và đ/c Trịnh Văn Dũng làm việc với đ/c "
              "Lê Văn Tửu, lập hồ sơ báo cáo chi bộ tại kỳ họp tháng 01/2010; đ/c Nguyễn Thị Loan hoàn thành "
              "quyết toán các khâu dịch vụ đến hết năm 2009."),
            P("Biểu quyết: 12/12 đ/c tán thành, đạt 100%. Buổi sinh hoạt kết thúc lúc 16h30. Biên bản được đọc "
              "lại và thông qua."),
            S(["THƯ KÝ", "Lê Thị Hằng"], ["BÍ THƯ", "Nguyễn Bá Toàn"]),
        ],
         "truth": minute(
             meeting("regular", "2009-12-10", "14:00", "16:30", "văn phòng Hợp tác xã", BOOK_CELL, BOOK_COMMITTEE),
             "Nguyễn Bá Toàn", "Bí thư chi bộ", "Lê Thị Hằng",
             attendance(14, 12, 1, 0, 1, 1, [("Lê Văn Tửu", "không báo cáo chi ủy", False)]),
             True,
             [vote("Kết luận tháng 12/2009", 12, pct=100)],
             [task("Nguyễn Bá Toàn", "làm việc với đ/c Lê Văn Tửu, lập hồ sơ báo cáo chi bộ", "kỳ họp tháng 01/2010"),
              task("Trịnh Văn Dũng", "làm việc với đ/c Lê Văn Tửu, lập hồ sơ báo cáo chi bộ", "kỳ họp tháng 01/2010"),
              task("Nguyễn Thị Loan", "hoàn thành quyết toán các khâu dịch vụ", "hết năm 2009")],
             ["unexcused_absence"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# v14 — Huế 1998, ward near a pagoda: scan only (photocopy). The chủ tọa reads the report and closes; no
# conclusion, no task, only near misses.
# =================================================================================================
DOCS.append({
    "name": "v14-hue-kimlong-1998-scan-photocopy-no-conclusion-no-tasks", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.15, "para_gap": 1,
              "left": 70, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["THÀNH UỶ HUẾ", "ĐẢNG BỘ PHƯỜNG KIM LONG", "CHI BỘ KHU VỰC 5", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 27 tháng 8 năm 1998"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ", size=13),
            C("THÁNG 8 NĂM 1998"),
            G(6),
            P("Hôm nay, ngày 27 tháng 8 năm 1998, lúc 8 giờ sáng, tại nhà đồng chí Tôn Thất Lương (kiệt 42 đường "
              "Kim Long), Chi bộ khu vực 5 họp hội nghị thường kỳ tháng 8."),
            P("Chi bộ có hai mươi đảng viên, có mặt mười tám đồng chí; vắng hai đồng chí: đồng chí Lê Văn Thuận đi "
              "làm ăn ở Sài Gòn, đồng chí Phan Thị Lành ốm."),
            P("Chủ tọa: đồng chí Hồ Văn Được, Bí thư chi bộ. Thư ký hội nghị: đồng chí Nguyễn Thị Kim Chi."),
            P("1. Đồng chí chủ tọa phổ biến Nghị quyết Hội nghị Trung ương 5 (khoá VIII) về xây dựng nền văn hoá "
              "tiên tiến, đậm đà bản sắc dân tộc và Chỉ thị 27-CT/TW của Bộ Chính trị về thực hiện nếp sống văn "
              "minh trong việc cưới, việc tang, lễ hội."),
            P("2. Đồng chí chủ tọa đọc báo cáo tình hình tháng 7, tháng 8: khu vực giữ được an ninh, không có "
              "tệ nạn mới phát sinh; đồng chí Phan Thị Lành đã vận động được 12 hộ ký cam kết không thả trâu bò "
              "ra đường Kim Long; quỹ vì người nghèo thu được 1.240.000 đồng. Tồn tại: một số hộ còn đốt vàng mã "
              "nhiều trong rằm tháng Bảy; hói Kim Long bị bồi lấp, mùa mưa dễ ngập các kiệt phía trong."),
            P("3. Phương hướng tháng 9: giữ an ninh trật tự trong mùa lễ Vu Lan, phối hợp với nhà chùa hướng "
              "dẫn khách thập phương; chuẩn bị phòng chống lụt bão; vận động tổ chức đám cưới, đám tang tiết "
              "kiệm theo Chỉ thị 27."),
            P("4. Thảo luận:"),
            P("- Đồng chí Tôn Thất Lương: mùa lễ Vu Lan xe khách đỗ kín đường, dân trong kiệt đi lại khó khăn; "
              "cần có chỗ đỗ xe riêng."),
            P("- Đồng chí Ngô Thị Hạnh: trong khu vực có ba gia đình tổ chức đám cưới kéo dài hai ngày, mổ heo "
              "mời cả trăm mâm; chi bộ cần nhắc nhở đảng viên có con cưới vợ gả chồng."),
            P("- Đồng chí Trần Văn Sáu: hói bồi lấp đã lâu, sức dân không nạo vét được, phải có kinh phí của "
              "phường."),
            P("Hội nghị kiến nghị Đảng uỷ phường cho nạo vét hói Kim Long trước mùa mưa. Nhiều ý kiến đề nghị "
              "toàn thể đảng viên gương mẫu thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội. "
              "Chi uỷ sẽ phân công cụ thể sau khi có hướng dẫn của Đảng uỷ phường về công tác phòng chống lụt "
              "bão."),
            P("Hội nghị biểu quyết thông qua nghị quyết tháng 9: 18/18 đồng chí tán thành (100%)."),
            P("Đồng chí chủ tọa cảm ơn các đồng chí đã đóng góp nhiều ý kiến sát thực và tuyên bố bế mạc hội "
              "nghị lúc 10 giờ 15 cùng ngày. Biên bản đã được đọc lại, hội nghị nhất trí."),
            G(4),
            S(["THƯ KÝ HỘI NGHỊ", "", "Nguyễn Thị Kim Chi"], ["CHỦ TỌA", "", "Hồ Văn Được"]),
        ],
        "truth": minute(
            meeting("regular", "1998-08-27", "08:00", "10:15", "nhà đồng chí Tôn Thất Lương (kiệt 42 đường Kim Long)",
                    "CHI BỘ KHU VỰC 5", "ĐẢNG BỘ PHƯỜNG KIM LONG"),
            "Hồ Văn Được", "Bí thư chi bộ", "Nguyễn Thị Kim Chi",
            attendance(20, 18, 2, 2, 0, 0,
                       [("Lê Văn Thuận", "đi làm ăn ở Sài Gòn", True), ("Phan Thị Lành", "ốm", True)]),
            False,
            [vote("Nghị quyết tháng 9/1998", 18, pct=100)],
            [],
            ["missing_assignments", "missing_conclusion"]),
    }],
    "flags": [],
    "scans": [{"name": "v14-hue-kimlong-1998-scan-photocopy-no-conclusion-no-tasks", "folder": "dev",
               "damage": "photocopy", "seed": 18014, "dpi": 250}],
})
