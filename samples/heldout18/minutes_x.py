"""Held-out set 18, writer x (test/, stems x…): the whole country, 1998–2026, most minutes from 1998–2012.

Written by hand for this set. Theme: who is given which task by when, whether the chair really concluded,
older wording (Hội nghị chi bộ, chủ tọa, thư ký hội nghị, Đ/C, counts in words, "2 giờ chiều", "8g00"),
votes in rare forms, and damaged paper (fax, phone photo, thin paper bleeding through, photocopy).

Files -> what varies -> minute flags / book flags
- x01-haiduong-coop-1999-typewriter-clean: Hải Dương farm cooperative, Dec 1999; typewriter face (mono 11),
  ragged; "Số: 11/BB-CB"; "HỘI NGHỊ CHI BỘ"; "vào hồi 2 giờ chiều"; counts in words; two exempt named; the one
  absentee inside a sentence ("riêng Đ/C … phải … nên xin vắng"); "Chủ tọa" / "Thư ký hội nghị"; the chair
  "chốt lại" with the tasks inside the sentence ("giao Đ/C Khải cùng …", "việc … do Đ/C Sinh đảm nhận",
  "Chi đoàn … chịu trách nhiệm …"); deadlines "trước Tết Nguyên đán", "trước rằm tháng Chạp", "suốt mấy ngày
  Tết"; a "Mỗi đảng viên …" call; "giơ tay biểu quyết, 100% … nhất trí" -> —
- x02-daklak-school-assignee-first-table-clean: Đắk Lắk lower secondary school, Mar 2009; DejaVu Sans 10.5,
  "Trang n/N"; Ê Đê names; "16h30'"; "5. Ý kiến chỉ đạo của đ/c chủ trì"; a task table with the assignee column
  first (two people in one cell, a body, "Ngay sau cuộc họp", "Hằng tuần"); a member's offer taken up by the
  chair; "15/15 đ/c nhất trí" -> —
- x03-binhduong-packaging-tables-ballot-table-clean: Bình Dương packaging company, Nov 2021; Sans 11.5, ragged,
  running head on page 2; "8g00"; absentee table; a guest; "V. KẾT LUẬN" ("Đồng chí Bí thư tổng kết"); a vote
  table of two rows (conclusion 21/21, admission proposal 19/19 official members); task table "Người phụ trách |
  Nội dung công việc | Hạn hoàn thành" with two people in a cell, two bodies and a "Toàn thể đảng viên" row
  -> —
- x04-nghean-commune-office-guest-directs-no-conclusion: Nghệ An commune office, Jul 2003, mid-year review;
  Serif 13; counts in words; the chair reads the report, the Party committee's deputy secretary gives "Ý kiến
  chỉ đạo", the report is voted "12/12 … giơ tay", then "Chi ủy phân công" (passive "được phân công … xong
  trong quý III", "lo …, thường xuyên", "việc … do Đ/C … đảm nhận, xong trước mùa mưa bão"), a request to the
  committee above; the chair only thanks and closes -> missing_conclusion
- x05-cantho-hamlet-flood-no-tasks-unexcused: Cần Thơ hamlet in the 2011 flood; DejaVu Sans 11, ragged, "- n -";
  one absentee "không báo"; last month's work reported done by a named member, a plan with nobody named,
  "Đề nghị toàn thể đảng viên …", "chi ủy sẽ … phân công sau", a request to the commune committee; "5. Chủ tọa
  chốt lại"; "tán thành 18/19 đ/c; 01 đ/c có ý kiến khác" -> missing_assignments, unexcused_absence
- x06-laocai-hmong-village-cold-low-no-vote: Lào Cai H'Mông village, the cold spell of Jan 2008; Serif 13.5,
  spacing 1.4; "8 giờ sáng" / "11 giờ trưa"; one exempt (age) named; 13 of 16 due, three excused absentees;
  "Đồng chí Bí thư tổng kết" with "Chi ủy giao cho tổ chăn nuôi …", "hai đồng chí A và B …, làm ngay sau cuộc
  họp", "Chi đoàn … suốt dịp Tết Mậu Tý"; minutes read back, never a vote -> low_attendance, missing_vote
- x07-hanoi-retirees-2p-no-discussion-not-approved: Hà Nội retired members' cell, May 2016 (election month);
  Serif 12, right-aligned running head, "Trang n/N", 2 pages; 5 exempt counted; "Các đồng chí … nhất trí với
  báo cáo, không có ý kiến khác" and an unnamed "một vài ý kiến"; "5. Ý kiến chỉ đạo của đồng chí chủ trì" with
  "Đề nghị đ/c X …" (an order), "A và B chịu trách nhiệm … ngay trong tuần", "việc … do đ/c Thọ trực tiếp lo",
  "Giao Tổ tự quản nhà B4 …"; "18/18 đ/c nhất trí"; ends with the end time only -> no_discussion, not_approved
- x08-phuyen-health-centre-75min-thanks-only-no-conclusion: Phú Yên district health centre, surgical–obstetric
  ward, Jun 2001; Sans 12, page number at the top; "BS." / "Y tá trưởng" before names; 7h00–8h15 before the
  shift; the direction voted "11/11 …, không có ý kiến khác"; a task table with no deadline column (one task
  cell holds "hằng ngày"); the chair only "ghi nhận …, cảm ơn" -> short_meeting, missing_conclusion
- x09-quangninh-commune-police-form-dots-no-tasks: Quảng Ninh border commune police cell, Feb 2024; printed
  form with "Số: ……-BB/CB", "(có lý do: ……; không lý do: ……)", "Khách mời: ……"; ranks before names;
  "IV. KẾT LUẬN" with passive items; "100% đảng viên có mặt tán thành"; "V. TỔ CHỨC THỰC HIỆN" gives only "Các
  tổ công tác …", "chi ủy sẽ phân công cụ thể … sau", "Mỗi đảng viên …" -> unfilled_template,
  missing_assignments
- x10-namdinh-parish-hamlet-book-2007: minute book of a Catholic-area hamlet cell in Nam Định, Jul–Dec 2007,
  5 minutes typed on one after another (each after the first starts mid-page), Serif 12, running head from page
  2, "- n -" at the bottom; only the first minute has a header; September not held (the October minute says
  so); Q3 without a thematic meeting; November regular + thematic ("Chuyên đề: …", 150 min, two votes); đ/c Vũ
  Văn Khiêm absent without reason in July ("không lý do"), August ("không báo cáo") and November ("không có lý
  do"); a stand-in secretary in October; votes "14/14 … nhất trí 100%", "đa số tán thành (13/14 đ/c); 01 đ/c
  không tán thành", "không ai có ý kiến khác", "nhất trí cao, 15/15 … giơ tay"; per minute: unexcused_absence;
  unexcused_absence; —; unexcused_absence; — -> book: missing_month, no_thematic_in_quarter, repeated_absence
- x11-haiduong-coop-scan-fax: image-only twin of x01, "fax", 200 dpi -> as x01
- x12-daklak-school-scan-phone: image-only twin of x02, "phone", 200 dpi -> as x02
- x13-hanoi-retirees-scan-bleed: image-only twin of x07 (2 pages), "bleed", 200 dpi -> as x07
- x14-ninhthuan-cham-village-90pct-scan-photocopy-unexcused: scan only (no twin), Ninh Thuận Chăm village, Apr
  2005, "photocopy", 250 dpi; "hồi 14h30"; "mười tám … trên tổng số hai mươi" (exactly 90 %: not low); the two
  absentees inside a sentence; opinions in one sentence; the conclusion given at once after the opinions
  ("Nghe xong các ý kiến, đồng chí Bí thư kết luận ngay: …") with tasks "xong trong tuần", "trước ngày …",
  "báo lại chi bộ kỳ họp tháng 5" -> unexcused_absence

Labelling decisions (where the READMEs are silent)
- A member given a task by the given name alone ("giao Đ/C Khải …", "do Đ/C Sinh đảm nhận", "do đ/c Thọ trực
  tiếp lo") is labelled with the full name the same minute writes for that member (the rule of heldout8 for
  nicknames, applied to given names); there is only one member of that name in the minute.
- A member absent from the meeting may still be given a task (x04: Hồ Sĩ Luân); he is both an absentee and an
  assignee.
- The chair reading the committee's report, and the chair's thanks after a guest's directions, are no
  conclusion; a vote on that report is still a resolution (x04). The chair's "ghi nhận các ý kiến, cảm ơn …
  và đề nghị mọi người về vị trí" is no conclusion (x08).
- "Các tổ công tác …" (every team, none named) gives no assignee, like "mỗi đảng viên".
- A time at which the task is carried out is its deadline, as in the format example ("trong dịp lễ 15/8" ->
  "dịp lễ 15/8", "trong đêm Giáng sinh" -> "đêm Giáng sinh", "suốt mấy ngày Tết" whole, "làm ngay sau cuộc họp"
  -> "ngay sau cuộc họp", "ngay trong tuần" whole, "xong ngay trong tuần" -> "ngay trong tuần").
- A task table with no deadline column gives deadline null even when the task cell holds a frequency
  ("… nhắc nhở điều dưỡng hằng ngày" stays in the task).
- An absentee's reason is the words that give the reason; a trailing note that it was reported ("đã báo bí
  thư", "có báo trước") or the verb of asking leave ("nên xin vắng") is left out, and makes the absence excused.
  "đang nằm bệnh viện …" keeps "đang".
- "đa số tán thành (13/14 đ/c); 01 đ/c không tán thành" gives for 13, against 1; "18/19 …; 01 đ/c có ý kiến
  khác" gives for 18, abstain 1; "100% đảng viên có mặt tán thành" gives the percentage only. A vote word with
  no count or percentage at all ("nhất trí cao") is written here only next to a count, since a vote with no
  number cannot be labelled.
- A vote table's "21/21" gives `for` 21, a "0" under "Không tán thành" `against` 0 and a "0" under "Ý kiến khác"
  `abstain` 0; one resolution per row.
- A form's "vắng: 0 đồng chí (có lý do: ……; không lý do: ……)" is absent 0 (and `unfilled_template`).
- A mid-year review title with no month ("Sơ kết công tác 6 tháng đầu năm 2003") takes the month of the date.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# x01 — Hải Dương, 1999: a farm cooperative's cell, typewriter; tasks inside the chair's "chốt lại". Clean.
# =================================================================================================
DOCS.append({
    "name": "x01-haiduong-coop-1999-typewriter-clean", "folder": "test",
    "style": {"family": "mono", "size": 11, "justify": False, "indent": 0, "spacing": 1.25, "left": 70,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NGỌC SƠN", "CHI BỘ HTX NÔNG NGHIỆP", "Số: 11/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ngọc Sơn, ngày 14 tháng 12 năm 1999"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN"),
            C("HỘI NGHỊ CHI BỘ THÁNG 12 NĂM 1999"),
            G(6),
            L("Hôm nay, vào hồi 2 giờ chiều ngày 14 tháng 12 năm 1999, tại Hội trường Ban quản trị Hợp tác xã, "
              "Chi bộ HTX nông nghiệp Ngọc Sơn tiến hành hội nghị thường kỳ tháng 12."),
            L("Chi bộ có hai mươi mốt đảng viên, trong đó hai Đ/C được miễn sinh hoạt vì tuổi cao sức yếu là Đ/C "
              "Vũ Văn Thiệp và Đ/C Đoàn Thị Nhỡ. Đến dự hội nghị có mười tám Đ/C; riêng Đ/C Phạm Văn Lự phải "
              "đưa vợ lên bệnh viện tỉnh mổ nên xin vắng."),
            L("Chủ tọa hội nghị: Đ/C Lương Văn Bổng, Bí thư chi bộ, Chủ nhiệm HTX."),
            L("Thư ký hội nghị: Đ/C Trần Thị Mến."),
            L("Nội dung:"),
            L("1. Đ/C Bổng thông báo tin tức thời sự: trận lũ lịch sử đầu tháng 11 vừa qua ở các tỉnh miền Trung "
              "làm hàng trăm người chết và mất tích; Huyện ủy phát động quyên góp ủng hộ đồng bào bị lũ; Tỉnh chỉ "
              "đạo chuẩn bị sản xuất vụ chiêm xuân 2000 và tổ chức cho nhân dân đón Tết Canh Thìn vui tươi, "
              "tiết kiệm."),
            L("2. Đ/C Nguyễn Đình Khải, Phó chủ nhiệm HTX, báo cáo kết quả vụ mùa 1999: năng suất lúa bình quân "
              "đạt 46,5 tạ/ha, cao hơn vụ mùa năm trước 2 tạ; sản phẩm khoán thu được 86%, còn 14% chưa thu, chủ "
              "yếu ở đội 2 và đội 5; khâu làm thủy lợi nội đồng còn chậm, mương tưới cánh đồng Bãi Sậy bị sạt "
              "hai đoạn. Kế hoạch vụ chiêm xuân 2000: cấy 240 ha, trong đó 60% diện tích cấy lúa lai; gieo mạ "
              "theo lịch của huyện, sau Tết."),
            L("3. Ý kiến thảo luận:"),
            L("- Đ/C Đỗ Văn Sinh, đội trưởng đội 2: đội còn 11 hộ chưa nộp đủ sản phẩm, phần lớn là hộ có người "
              "ốm đau, đề nghị HTX cho khất sang vụ chiêm; mương Bãi Sậy phải nạo vét xong thì mới lấy được nước "
              "đổ ải."),
            L("- Đ/C Trần Thị Mến: Chi hội Phụ nữ đã quyên góp được 1.350.000 đồng và 86 bộ quần áo ủng hộ đồng "
              "bào miền Trung, còn một số gia đình đảng viên chưa tham gia, đề nghị chi bộ nhắc nhở."),
            L("- Đ/C Hoàng Văn Tạo: vụ mùa vừa rồi giống Q5 bị rầy nâu phá nặng ở xứ đồng Cửa Chùa, đề nghị HTX "
              "xem lại cơ cấu giống cho vụ tới."),
            L("4. Cuối hội nghị, Đ/C Bổng chốt lại: chi bộ nhất trí với báo cáo vụ mùa và kế hoạch vụ chiêm "
              "xuân; trong tháng tập trung thu cho xong sản phẩm tồn đọng, lo đủ nước và giống, đồng thời chăm lo "
              "cho bà con ăn Tết. Hội nghị giao Đ/C Khải cùng Ban quản trị rà soát từng hộ còn nợ sản phẩm, hộ "
              "nào khó khăn thật sự thì báo cáo để xét, làm xong trước Tết Nguyên đán; việc nạo vét mương Bãi Sậy "
              "do Đ/C Sinh đảm nhận, huy động lao động công ích của đội 2, xong trước rằm tháng Chạp; Đ/C Tạo "
              "liên hệ với Trạm giống huyện xin đổi giống, báo cáo Ban quản trị trước ngày 10/01/2000. Chi đoàn "
              "thanh niên HTX chịu trách nhiệm tổ chức canh gác, bảo vệ đồng ruộng suốt mấy ngày Tết."),
            L("Mỗi đảng viên phải gương mẫu nộp đủ sản phẩm và tham gia ủng hộ đồng bào miền Trung."),
            L("Hội nghị giơ tay biểu quyết, 100% đồng chí có mặt nhất trí với kết luận của chủ tọa."),
            L("Hội nghị kết thúc lúc 4 giờ 45 phút chiều cùng ngày. Biên bản đã đọc lại trước hội nghị, các Đ/C "
              "nhất trí thông qua."),
            S(["THƯ KÝ HỘI NGHỊ", "Trần Thị Mến"], ["CHỦ TỌA", "Lương Văn Bổng"]),
        ],
        "truth": minute(
            meeting("regular", "1999-12-14", "14:00", "16:45", "Hội trường Ban quản trị Hợp tác xã",
                    "CHI BỘ HTX NÔNG NGHIỆP", "ĐẢNG BỘ XÃ NGỌC SƠN"),
            "Lương Văn Bổng", "Bí thư chi bộ", "Trần Thị Mến",
            attendance(21, 18, 1, 1, 0, 2, [("Phạm Văn Lự", "đưa vợ lên bệnh viện tỉnh mổ", True)]),
            True,
            [vote("Kết luận hội nghị tháng 12/1999", pct=100)],
            [task("Nguyễn Đình Khải", "cùng Ban quản trị rà soát từng hộ còn nợ sản phẩm", "Tết Nguyên đán"),
             task("Đỗ Văn Sinh", "nạo vét mương Bãi Sậy", "rằm tháng Chạp"),
             task("Hoàng Văn Tạo", "liên hệ với Trạm giống huyện xin đổi giống, báo cáo Ban quản trị",
                  "10/01/2000"),
             task("Chi đoàn thanh niên HTX", "tổ chức canh gác, bảo vệ đồng ruộng", "suốt mấy ngày Tết")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "x11-haiduong-coop-scan-fax", "folder": "test", "damage": "fax", "seed": 1801,
               "dpi": 200}],
})


# =================================================================================================
# x02 — Đắk Lắk, 2009: a lower secondary school; "Ý kiến chỉ đạo của đ/c chủ trì"; assignee-first table. Clean.
# =================================================================================================
DOCS.append({
    "name": "x02-daklak-school-assignee-first-table-clean", "folder": "test",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 20, "spacing": 1.3,
              "foot": "Trang {n}/{N}", "left": 72, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ TRẤN BUÔN TRẤP", "CHI BỘ TRƯỜNG THCS NGÔ GIA TỰ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Buôn Trấp, ngày 09 tháng 3 năm 2009"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 3 năm 2009", bold=False, italic=True),
            G(6),
            H("1. Thời gian, địa điểm"),
            L("- Bắt đầu lúc 16h30' ngày 09/3/2009, tại phòng họp Hội đồng sư phạm nhà trường."),
            H("2. Thành phần"),
            L("- Tổng số đảng viên: 16 đ/c (chính thức 14, dự bị 02). Có mặt: 15 đ/c. Vắng: 01 đ/c – H'Liêm "
              "Niê, nghỉ sinh con theo chế độ."),
            L("- Chủ trì: đ/c Lê Thị Thu Hà – Bí thư chi bộ, Hiệu trưởng."),
            L("- Thư ký: đ/c Y Khuê Byă – Chi ủy viên, Tổ trưởng tổ Toán – Tin."),
            H("3. Nội dung"),
            P("a) Thông tin: đ/c Bí thư phổ biến hướng dẫn của Phòng Giáo dục huyện về tuyển sinh vào lớp 10 "
              "năm học 2009 – 2010; thông báo kết quả thi học sinh giỏi lớp 9 cấp tỉnh: trường có 03 em đạt giải "
              "(01 giải Nhì môn Sinh, 02 giải Khuyến khích môn Văn)."),
            P("b) Đánh giá tháng 02: hoàn thành chương trình tuần 24 đúng kế hoạch; tỷ lệ học sinh chuyên cần "
              "đạt 96,8%; sau Tết còn 07 em người Ê Đê ở buôn Ea Na, buôn Dhăm chưa trở lại lớp; phong trào “Xây "
              "dựng trường học thân thiện, học sinh tích cực” được duy trì, vườn trường trồng thêm 40 cây xanh. "
              "Hạn chế: việc phụ đạo học sinh yếu môn Toán khối 6 còn hình thức; hồ sơ chuyên môn của 02 giáo "
              "viên chưa cập nhật."),
            P("c) Nhiệm vụ tháng 3: tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3 và kỷ niệm 78 năm "
              "Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2009); vận động học sinh bỏ học trở lại "
              "lớp; tổ chức hội giảng cấp trường đợt 2; tiếp tục thực hiện cuộc vận động “Hai không”."),
            H("4. Thảo luận"),
            P("- Đ/c Nguyễn Văn Hùng (Phó Hiệu trưởng): đề nghị phân công giáo viên đến tận từng gia đình học "
              "sinh bỏ học; phải có già làng buôn Ea Na đi cùng thì bố mẹ các em mới nghe."),
            P("- Đ/c Ksor H'Ngân: hội giảng nên ưu tiên những tiết có ứng dụng công nghệ thông tin, nhưng phòng "
              "máy hiện chỉ còn 12 máy chạy được."),
            P("- Đ/c Trần Quốc Việt (Bí thư Chi đoàn giáo viên): Chi đoàn xin nhận tổ chức hội trại 26/3 cho học "
              "sinh, đề nghị chi bộ hỗ trợ thêm kinh phí."),
            H("5. Ý kiến chỉ đạo của đ/c chủ trì"),
            P("Đ/c Lê Thị Thu Hà tiếp thu các ý kiến và nhấn mạnh: tháng 3 lấy việc đưa học sinh bỏ học trở lại "
              "lớp làm nhiệm vụ trọng tâm, không để em nào bỏ học hẳn; hội giảng phải thực chất, không chạy theo "
              "thành tích; chi bộ thống nhất trích quỹ hỗ trợ Chi đoàn 500.000 đồng để tổ chức hội trại. Công "
              "việc cụ thể phân công như sau:"),
            T([(0.31, "Người thực hiện", "l"), (0.50, "Công việc", "l"), (0.19, "Thời hạn", "l")],
              [["Đ/c Nguyễn Văn Hùng, đ/c Y Khuê Byă",
                "Cùng già làng buôn Ea Na đến nhà vận động 07 học sinh bỏ học trở lại lớp", "20/3/2009"],
               ["Chi đoàn giáo viên", "Tổ chức hội trại kỷ niệm Ngày thành lập Đoàn cho học sinh khối 8, 9",
                "26/3/2009"],
               ["Đ/c Ksor H'Ngân", "Kiểm tra, sửa chữa máy tính phòng tin học phục vụ hội giảng",
                "Ngay sau cuộc họp"],
               ["Tổ Toán – Tin", "Phụ đạo học sinh yếu môn Toán khối 6 vào chiều thứ Năm", "Hằng tuần"]]),
            P("Biểu quyết: chi bộ biểu quyết bằng hình thức giơ tay, 15/15 đ/c nhất trí với ý kiến chỉ đạo và "
              "phân công trên."),
            P("Buổi sinh hoạt kết thúc lúc 18h20' cùng ngày. Biên bản được thư ký đọc lại, chi bộ thông qua, "
              "không có ý kiến bổ sung."),
            S(["THƯ KÝ", "Y Khuê Byă"], ["BÍ THƯ CHI BỘ", "Lê Thị Thu Hà"]),
        ],
        "truth": minute(
            meeting("regular", "2009-03-09", "16:30", "18:20", "phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS NGÔ GIA TỰ", "ĐẢNG BỘ THỊ TRẤN BUÔN TRẤP"),
            "Lê Thị Thu Hà", "Bí thư chi bộ", "Y Khuê Byă",
            attendance(16, 15, 1, 1, 0, 0, [("H'Liêm Niê", "nghỉ sinh con theo chế độ", True)]),
            True,
            [vote("Ý kiến chỉ đạo và phân công tháng 3/2009", 15)],
            [task("Nguyễn Văn Hùng", "Cùng già làng buôn Ea Na đến nhà vận động 07 học sinh bỏ học trở lại lớp",
                  "20/3/2009"),
             task("Y Khuê Byă", "Cùng già làng buôn Ea Na đến nhà vận động 07 học sinh bỏ học trở lại lớp",
                  "20/3/2009"),
             task("Chi đoàn giáo viên", "Tổ chức hội trại kỷ niệm Ngày thành lập Đoàn cho học sinh khối 8, 9",
                  "26/3/2009"),
             task("Ksor H'Ngân", "Kiểm tra, sửa chữa máy tính phòng tin học phục vụ hội giảng",
                  "Ngay sau cuộc họp"),
             task("Tổ Toán – Tin", "Phụ đạo học sinh yếu môn Toán khối 6 vào chiều thứ Năm", "Hằng tuần")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "x12-daklak-school-scan-phone", "folder": "test", "damage": "phone", "seed": 1802,
               "dpi": 200}],
})


# =================================================================================================
# x03 — Bình Dương, 2021: a packaging company; absentee table, ballot table, task table. Clean.
# =================================================================================================
DOCS.append({
    "name": "x03-binhduong-packaging-tables-ballot-table-clean", "folder": "test",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 66,
              "right": 60, "head": "Chi bộ Công ty CP Bao bì Phú Long – Biên bản tháng 11/2021",
              "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG BÌNH HÒA", "CHI BỘ CÔNG TY CP BAO BÌ PHÚ LONG", "Số: 22-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 06 tháng 11 năm 2021"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11 NĂM 2021"),
            G(6),
            L("Vào lúc 8g00 ngày 06/11/2021, tại Phòng họp tầng 2 – Văn phòng Công ty, Chi bộ Công ty CP Bao bì "
              "Phú Long tiến hành sinh hoạt định kỳ tháng 11/2021 theo hình thức trực tiếp, bảo đảm các quy định "
              "phòng, chống dịch COVID-19."),
            H("* Thành phần:"),
            L("- Đảng viên của chi bộ: 23 đồng chí (chính thức 21, dự bị 02); có mặt 21/23 đồng chí; vắng 02 "
              "đồng chí, cụ thể:"),
            T([(0.08, "TT", "c"), (0.42, "Họ và tên", "l"), (0.50, "Lý do vắng", "l")],
              [["1", "Trương Minh Quân", "Đi công tác tại Long An"],
               ["2", "Lâm Thị Kiều Oanh", "Đang cách ly y tế tại nhà"]]),
            L("- Chủ trì: đồng chí Võ Quốc Bảo – Bí thư chi bộ, Phó Tổng Giám đốc Công ty."),
            L("- Ghi biên bản: đồng chí Nguyễn Thị Ngọc Hân – Chi ủy viên."),
            L("- Dự và chỉ đạo: đồng chí Huỳnh Văn Tài – Đảng ủy viên, Phó Chủ tịch UBND phường Bình Hòa."),
            H("I. THÔNG TIN THỜI SỰ"),
            L("Đồng chí Bí thư thông tin Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ về thích ứng an "
              "toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19; một số nội dung của Hội nghị lần thứ tư Ban "
              "Chấp hành Trung ương Đảng khóa XIII; kế hoạch của Thành ủy Thuận An về phục hồi sản xuất sau giãn "
              "cách."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10/2021"),
            L("Công ty đã đưa 100% người lao động trở lại làm việc sau thời gian thực hiện “3 tại chỗ”; doanh thu "
              "tháng 10 đạt 41,2 tỷ đồng, bằng 88% kế hoạch; giao hàng đúng hạn cho 14/15 khách hàng; 96% người "
              "lao động đã tiêm đủ 2 mũi vắc xin. Hạn chế: xưởng in còn thiếu 37 công nhân do một số lao động đã "
              "về quê; một đơn hàng xuất khẩu giao chậm 5 ngày; một đảng viên dự bị nộp bản tự kiểm điểm chưa "
              "đúng hạn."),
            H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11/2021"),
            L("Tuyển bù lao động cho xưởng in; bảo đảm an toàn phòng cháy trong mùa khô; giữ vững “vùng xanh” tại "
              "nhà máy; chuẩn bị hồ sơ kết nạp đảng viên mới; tổ chức cho đảng viên học tập Nghị quyết Trung ương "
              "4 khóa XIII."),
            H("IV. THẢO LUẬN"),
            L("- Đồng chí Phan Thanh Tùng (Kế toán trưởng): vốn lưu động đang căng, đề nghị sớm làm việc với ngân "
              "hàng để gia hạn khoản vay đến hạn ngày 30/11."),
            L("- Đồng chí Đặng Văn Lộc (Quản đốc xưởng in): thiếu người nên xưởng đang phải tăng ca, cần tuyển gấp "
              "ít nhất 20 công nhân."),
            L("- Đồng chí Huỳnh Văn Tài phát biểu: ghi nhận chi bộ đã giữ được sản xuất trong đợt dịch; phường sẽ "
              "giới thiệu lao động địa phương cho Công ty."),
            H("V. KẾT LUẬN"),
            L("Đồng chí Bí thư tổng kết: chi bộ thống nhất đánh giá kết quả tháng 10 và các nhiệm vụ tháng 11 như "
              "báo cáo; trong tháng ưu tiên bù đủ lao động, giữ an toàn dịch bệnh và cháy nổ, tháo gỡ khó khăn "
              "về vốn; đồng ý đề nghị Đảng ủy phường xem xét kết nạp quần chúng Lê Văn Phước."),
            L("Kết quả biểu quyết (giơ tay):"),
            T([(0.52, "Nội dung biểu quyết", "l"), (0.16, "Tán thành", "c"), (0.17, "Không tán thành", "c"),
               (0.15, "Ý kiến khác", "c")],
              [["Kết luận và nhiệm vụ tháng 11/2021", "21/21", "0", "0"],
               ["Đề nghị kết nạp quần chúng Lê Văn Phước (đảng viên chính thức biểu quyết)", "19/19", "0", "0"]]),
            H("VI. PHÂN CÔNG THỰC HIỆN"),
            T([(0.30, "Người phụ trách", "l"), (0.50, "Nội dung công việc", "l"), (0.20, "Hạn hoàn thành", "l")],
              [["Đ/c Võ Quốc Bảo, đ/c Phan Thanh Tùng",
                "Làm việc với ngân hàng về gia hạn khoản vay vốn lưu động", "25/11/2021"],
               ["Đ/c Đặng Văn Lộc", "Lập danh sách và tuyển bù công nhân xưởng in", "Tháng 11/2021"],
               ["Tổ An toàn – PCCC", "Kiểm tra hệ thống chữa cháy xưởng in, kho giấy", "Hằng tuần"],
               ["Chi đoàn Thanh niên", "Phối hợp Công đoàn rà soát người lao động chưa tiêm đủ 2 mũi vắc xin",
                "15/11/2021"],
               ["Đ/c Nguyễn Thị Ngọc Hân", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Lê Văn Phước",
                "Kỳ họp tháng 12"],
               ["Toàn thể đảng viên", "Gương mẫu thực hiện quy định phòng, chống dịch tại nơi làm việc",
                "Thường xuyên"]]),
            L("Buổi sinh hoạt kết thúc lúc 10g15 cùng ngày. Biên bản đã được đọc lại trước chi bộ; các đồng chí "
              "dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Thị Ngọc Hân"], ["T/M CHI ỦY", "BÍ THƯ", "Võ Quốc Bảo"]),
        ],
        "truth": minute(
            meeting("regular", "2021-11-06", "08:00", "10:15", "Phòng họp tầng 2 – Văn phòng Công ty",
                    "CHI BỘ CÔNG TY CP BAO BÌ PHÚ LONG", "ĐẢNG BỘ PHƯỜNG BÌNH HÒA"),
            "Võ Quốc Bảo", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
            attendance(23, 21, 2, 2, 0, 0,
                       [("Trương Minh Quân", "Đi công tác tại Long An", True),
                        ("Lâm Thị Kiều Oanh", "Đang cách ly y tế tại nhà", True)],
                       [("Huỳnh Văn Tài", "Đảng ủy viên, Phó Chủ tịch UBND phường Bình Hòa")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 11/2021", 21, 0, 0),
             vote("Đề nghị kết nạp quần chúng Lê Văn Phước", 19, 0, 0)],
            [task("Võ Quốc Bảo", "Làm việc với ngân hàng về gia hạn khoản vay vốn lưu động", "25/11/2021"),
             task("Phan Thanh Tùng", "Làm việc với ngân hàng về gia hạn khoản vay vốn lưu động", "25/11/2021"),
             task("Đặng Văn Lộc", "Lập danh sách và tuyển bù công nhân xưởng in", "Tháng 11/2021"),
             task("Tổ An toàn – PCCC", "Kiểm tra hệ thống chữa cháy xưởng in, kho giấy", "Hằng tuần"),
             task("Chi đoàn Thanh niên", "Phối hợp Công đoàn rà soát người lao động chưa tiêm đủ 2 mũi vắc xin",
                  "15/11/2021"),
             task("Nguyễn Thị Ngọc Hân", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Lê Văn Phước",
                  "Kỳ họp tháng 12")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# x04 — Nghệ An, 2003: commune office cell, mid-year review; a guest's directions, thanks only.
# =================================================================================================
DOCS.append({
    "name": "x04-nghean-commune-office-guest-directs-no-conclusion", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.35, "left": 78,
              "right": 52},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ DIỄN THỊNH", "CHI BỘ CƠ QUAN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Diễn Thịnh, ngày 05 tháng 7 năm 2003"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("Sơ kết công tác 6 tháng đầu năm 2003", bold=False, italic=True),
            G(6),
            P("Hôm nay, ngày 05 tháng 7 năm 2003, vào lúc 7g30, tại Hội trường Ủy ban nhân dân xã, Chi bộ Cơ quan "
              "tổ chức hội nghị thường kỳ tháng 7, sơ kết công tác 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối "
              "năm 2003."),
            P("Tổng số đảng viên của chi bộ: mười ba đồng chí. Có mặt: mười hai đồng chí. Vắng: một đồng chí (Đ/C "
              "Hồ Sĩ Luân, cán bộ địa chính, đi tập huấn ở huyện)."),
            P("Về dự có Đ/C Trần Đình Phúc, Phó Bí thư thường trực Đảng ủy xã."),
            P("Chủ tọa: Đ/C Nguyễn Văn Tình, Bí thư chi bộ. Thư ký hội nghị: Đ/C Phan Thị Hồng Nhung."),
            P("Hội nghị đã tiến hành các nội dung sau:"),
            P("1. Đ/C Nguyễn Văn Tình đọc báo cáo sơ kết 6 tháng đầu năm 2003. Về ưu điểm: cán bộ cơ quan đã "
              "hướng dẫn bà con làm thủ tục miễn thuế sử dụng đất nông nghiệp theo chủ trương mới của Nhà nước; "
              "hoàn thành giao quân đợt 1 đạt 100% chỉ tiêu; kiên cố hóa được 2,1 km kênh mương; thu ngân sách "
              "đạt 58% kế hoạch năm; trong thời gian có dịch SARS, xã không có trường hợp nào mắc bệnh. Về tồn "
              "tại: giải quyết đơn thư về đất đai còn chậm, còn 04 đơn tồn từ năm 2002; một số cán bộ đi làm chưa "
              "đúng giờ; việc học tập Nghị quyết Trung ương 7 khóa IX mới tổ chức được một đợt."),
            P("Phương hướng 6 tháng cuối năm: chủ động phòng chống bão lụt; đẩy mạnh làm đường giao thông liên "
              "thôn; giải quyết dứt điểm đơn thư tồn đọng; chuẩn bị tốt các điều kiện cho cuộc bầu cử Hội đồng "
              "nhân dân các cấp."),
            P("2. Thảo luận:"),
            P("Đ/C Lê Văn Kỳ (Xã đội trưởng) cho rằng báo cáo còn nói nhẹ phần tồn tại, cần nêu rõ việc dân quân "
              "trực đêm chưa nghiêm."),
            P("Đ/C Đặng Xuân Hòe (Phó Chủ tịch UBND xã) đề nghị bổ sung vào phương hướng việc kiểm tra đê sông "
              "Bùng trước mùa mưa; nêu khó khăn về vốn đối ứng làm đường liên thôn."),
            P("Đ/C Phan Thị Hồng Nhung đề nghị chi bộ kiến nghị Đảng ủy xã xin kinh phí mua thêm tủ đựng hồ sơ "
              "cho văn phòng Ủy ban."),
            P("3. Ý kiến chỉ đạo của Đ/C Trần Đình Phúc, Phó Bí thư thường trực Đảng ủy xã: đồng chí ghi nhận "
              "những cố gắng của chi bộ cơ quan trong 6 tháng đầu năm; yêu cầu chi bộ chấn chỉnh ngay giờ giấc làm "
              "việc, giải quyết hết đơn thư tồn đọng trong quý III, chủ động phương án phòng chống lụt bão; Đảng "
              "ủy sẽ làm việc với huyện về vốn làm đường."),
            P("4. Hội nghị biểu quyết thông qua báo cáo sơ kết đã bổ sung các ý kiến: 12/12 đồng chí giơ tay tán "
              "thành."),
            P("5. Chi ủy phân công:"),
            P("- Đ/C Hồ Sĩ Luân được phân công hoàn chỉnh hồ sơ 04 đơn đất đai tồn đọng, trình Ủy ban xã, xong "
              "trong quý III."),
            P("- Đ/C Lê Văn Kỳ lo tổ chức dân quân trực đêm và lực lượng xung kích hộ đê, thường xuyên."),
            P("- Việc kiểm tra đê sông Bùng và dự trù vật tư chống lụt do Đ/C Đặng Xuân Hòe đảm nhận, xong trước "
              "mùa mưa bão."),
            P("Đ/C chủ tọa cảm ơn Đ/C Phó Bí thư thường trực Đảng ủy đã về dự và chỉ đạo, cảm ơn các đồng chí đảng "
              "viên đã tham gia ý kiến, rồi tuyên bố bế mạc hội nghị vào lúc 10g15 cùng ngày."),
            P("Biên bản đã được đọc lại trước hội nghị và được hội nghị nhất trí thông qua."),
            S(["THƯ KÝ HỘI NGHỊ", "Phan Thị Hồng Nhung"], ["CHỦ TỌA", "Nguyễn Văn Tình"]),
        ],
        "truth": minute(
            meeting("regular", "2003-07-05", "07:30", "10:15", "Hội trường Ủy ban nhân dân xã",
                    "CHI BỘ CƠ QUAN", "ĐẢNG BỘ XÃ DIỄN THỊNH"),
            "Nguyễn Văn Tình", "Bí thư chi bộ", "Phan Thị Hồng Nhung",
            attendance(13, 12, 1, 1, 0, 0, [("Hồ Sĩ Luân", "đi tập huấn ở huyện", True)],
                       [("Trần Đình Phúc", "Phó Bí thư thường trực Đảng ủy xã")]),
            False,
            [vote("Báo cáo sơ kết 6 tháng đầu năm 2003", 12)],
            [task("Hồ Sĩ Luân", "hoàn chỉnh hồ sơ 04 đơn đất đai tồn đọng, trình Ủy ban xã", "quý III"),
             task("Lê Văn Kỳ", "tổ chức dân quân trực đêm và lực lượng xung kích hộ đê", "thường xuyên"),
             task("Đặng Xuân Hòe", "kiểm tra đê sông Bùng và dự trù vật tư chống lụt", "mùa mưa bão")],
            ["missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# x05 — Cần Thơ, 2011: a hamlet in the flood; every near miss of a task, none given.
# =================================================================================================
DOCS.append({
    "name": "x05-cantho-hamlet-flood-no-tasks-unexcused", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.3,
              "foot": "- {n} -", "left": 68, "right": 62, "top": 62},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NHƠN NGHĨA", "CHI BỘ ẤP NHƠN LỢI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nhơn Nghĩa, ngày 15 tháng 9 năm 2011"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("(Kỳ họp tháng 9 năm 2011)", bold=False),
            G(6),
            L("Hôm nay, lúc 19 giờ ngày 15 tháng 9 năm 2011, tại nhà văn hóa ấp Nhơn Lợi, chi bộ họp thường kỳ "
              "tháng 9."),
            L("Chi bộ có 21 đảng viên (02 dự bị), dự họp 19 đồng chí. Vắng 2 đồng chí: đ/c Trần Văn Út Mười đang "
              "nằm bệnh viện Đa khoa Trung ương Cần Thơ; đ/c Lê Hoàng Sang không báo."),
            L("Đ/c Nguyễn Văn Chín, Bí thư chi bộ, Trưởng ấp chủ trì; đ/c Huỳnh Thị Bé Năm ghi biên bản."),
            L("Đ/c Chín thông qua nội dung cuộc họp gồm: thông tin tình hình lũ, đánh giá công việc tháng 8 và bàn "
              "việc tháng 9, tháng 10."),
            H("1. Tình hình"),
            L("Năm nay lũ về sớm và lớn, mực nước sông Cần Thơ ở bến đò Nhơn Lợi còn lên trong nửa cuối tháng 9, "
              "đỉnh lũ có thể trùng con nước rằm tháng Chín âm lịch. Ấp có 46 hộ trồng cây ăn trái mà đê bao còn "
              "thấp, 12 hộ có con nhỏ ở sát mé sông. Xã đang triển khai kế hoạch xây dựng nông thôn mới giai đoạn "
              "2011 – 2015."),
            H("2. Kết quả tháng 8"),
            L("Đợt làm lộ giao thông nông thôn do đ/c Nguyễn Văn Hòa (Tư Hòa) phụ trách đã hoàn thành, đổ bê tông "
              "được 1,2 km lộ từ cầu Ba Láng vào xóm Rạch Sung, bà con góp 180 ngày công. Chi hội Phụ nữ đã giúp 03 "
              "hộ nghèo vay vốn nuôi heo. Ấp không có tội phạm hình sự. Hạn chế: thu quỹ nông thôn mới mới đạt "
              "55%; vẫn còn nhậu nhẹt, đánh bài ăn tiền ở xóm Rạch Sung."),
            H("3. Công việc sắp tới"),
            L("Tháng 9 và tháng 10: gia cố đê bao vườn cây ăn trái; vận động các gia đình cho trẻ đi học bơi, không "
              "để trẻ chơi gần mé sông; thu quỹ nông thôn mới; giữ an ninh trật tự trong mùa lũ."),
            H("4. Ý kiến"),
            L("- Đ/c Nguyễn Văn Hòa (Tư Hòa): đê bao khu vườn ông Sáu Lợi bị mọt, nước lên thêm 3 tấc là tràn, "
              "phải đắp ngay."),
            L("- Đ/c Trần Thị Kim Hoa (Chi hội trưởng Phụ nữ): Chi hội sẵn sàng nấu cơm cho bà con đi đắp đê; đề "
              "nghị mở lớp dạy bơi ở ao nhà văn hóa."),
            L("- Đ/c Phạm Văn Đực: lộ Rạch Sung mới đổ, để xe tải chở đất đắp đê chạy vô thì hư lộ, nên chở bằng "
              "ghe."),
            H("5. Chủ tọa chốt lại"),
            L("Chi bộ thống nhất: tập trung toàn lực chống lũ, bảo vệ vườn cây và tính mạng người dân, trước hết là "
              "trẻ em; đất đắp đê chở bằng ghe, không cho xe tải vào lộ Rạch Sung; lớp dạy bơi tổ chức ở ao nhà "
              "văn hóa. Đề nghị toàn thể đảng viên gương mẫu đi đầu gia cố đê bao, vận động gia đình và bà con "
              "chung quanh cùng làm. Về phân công cụ thể từng đoạn đê, chi ủy sẽ họp với Ban nhân dân ấp rồi phân "
              "công sau. Chi bộ kiến nghị Đảng ủy xã hỗ trợ cho ấp 500 bao cát và cừ tràm."),
            L("Biểu quyết: tán thành 18/19 đ/c; 01 đ/c có ý kiến khác (muốn chờ xã hỗ trợ rồi mới đắp)."),
            L("Cuộc họp kết thúc 21 giờ 10 phút. Biên bản đọc lại cho chi bộ nghe, không ai có ý kiến thêm, nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "Huỳnh Thị Bé Năm"], ["CHỦ TRÌ", "Bí thư", "Nguyễn Văn Chín"]),
        ],
        "truth": minute(
            meeting("regular", "2011-09-15", "19:00", "21:10", "nhà văn hóa ấp Nhơn Lợi",
                    "CHI BỘ ẤP NHƠN LỢI", "ĐẢNG BỘ XÃ NHƠN NGHĨA"),
            "Nguyễn Văn Chín", "Bí thư chi bộ", "Huỳnh Thị Bé Năm",
            attendance(21, 19, 2, 1, 1, 0,
                       [("Trần Văn Út Mười", "đang nằm bệnh viện Đa khoa Trung ương Cần Thơ", True),
                        ("Lê Hoàng Sang", "không báo", False)]),
            True,
            [vote("Kết luận kỳ họp tháng 9/2011", 18, None, 1)],
            [],
            ["missing_assignments", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# x06 — Lào Cai, 2008: H'Mông village in the great cold; tasks to a team, a pair and the youth union; no vote.
# =================================================================================================
DOCS.append({
    "name": "x06-laocai-hmong-village-cold-low-no-vote", "folder": "test",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 24, "spacing": 1.4, "left": 76,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ BẢN PHỐ", "CHI BỘ THÔN NẬM THỐ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bản Phố, ngày 20 tháng 01 năm 2008"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2008"),
            G(6),
            P("Thời gian: bắt đầu 8 giờ sáng ngày 20/01/2008."),
            P("Địa điểm: nhà đồng chí Thào Seo Chứ, trưởng thôn."),
            P("Chi bộ có 17 đảng viên, trong đó đồng chí Vàng Seo Páo 84 tuổi được miễn sinh hoạt. Hôm nay dự họp "
              "có 13 đồng chí. Vắng 3 đồng chí: đ/c Lù Seo Chản đưa con đi bệnh viện huyện Bắc Hà; đ/c Giàng Thị "
              "Mỷ bị ốm; đ/c Thào Seo Lử đi làm thuê ở Sa Pa chưa về, đã báo bí thư."),
            P("Đồng chí Sùng Seo Dình, Bí thư chi bộ chủ trì cuộc họp; đồng chí Lý Thị Mai, giáo viên cắm bản, "
              "được chi bộ cử làm thư ký."),
            P("Nội dung:"),
            P("1. Đồng chí Bí thư phổ biến công văn của Ủy ban nhân dân huyện về phòng chống rét đậm, rét hại cho "
              "người và gia súc: từ giữa tháng 01 ở các xã vùng cao nhiệt độ xuống dưới 5 độ, có nơi có băng giá, "
              "nhiều xã đã có trâu bò chết rét; nhắc lại quy định cấm sản xuất, buôn bán và đốt pháo trong dịp Tết "
              "Nguyên đán."),
            P("2. Đánh giá tháng 12/2007: thôn đã thu hoạch xong lúa và ngô; 100% hộ đã nhận gạo hỗ trợ của Nhà "
              "nước; 28 cháu học sinh đi học đầy đủ; trồng được 3 ha rừng sa mộc. Tồn tại: vẫn còn 2 đám cưới cho "
              "con chưa đủ tuổi; nhiều hộ để trâu thả rông trên núi, không làm chuồng."),
            P("3. Ý kiến của đảng viên:"),
            P("Đồng chí Thào Seo Chứ nói: thôn có 54 con trâu, 21 con bò mà hơn một nửa còn thả trên núi; mấy hôm "
              "nay rét quá, phải bảo bà con lùa về nhốt chuồng, đốt lửa sưởi, cho ăn thêm rơm và thân cây ngô khô."),
            P("Đồng chí Giàng Seo Phử: một số hộ không có rơm dự trữ, đề nghị vận động hộ có nhiều cho hộ thiếu "
              "mượn."),
            P("Đồng chí Vàng Thị Dua (Chi hội trưởng phụ nữ): sau Tết nhiều cháu gái hay nghỉ học ở nhà, phụ nữ sẽ "
              "cùng thầy cô đến từng nhà nói với bố mẹ."),
            P("4. Đồng chí Bí thư tổng kết: tháng 01 việc quan trọng nhất là không để trâu bò chết rét và đón Tết "
              "an toàn, không đốt pháo, không tảo hôn. Chi ủy giao cho tổ chăn nuôi đi kiểm tra từng chuồng trâu, "
              "hộ nào chưa làm chuồng thì giúp làm, xong ngay trong tuần; hai đồng chí Thào Seo Chứ và Giàng Seo "
              "Phử vận động các hộ dồn rơm cho hộ thiếu, làm ngay sau cuộc họp; Chi đoàn thanh niên kiểm tra việc "
              "đốt pháo trong thôn suốt dịp Tết Mậu Tý; đồng chí Vàng Thị Dua cùng cô Mai đến nhà các cháu nghỉ "
              "học, xong trước ngày 20/02/2008."),
            P("Cuộc họp kết thúc lúc 11 giờ trưa cùng ngày. Biên bản đã đọc lại cho mọi người nghe và nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "Lý Thị Mai"], ["BÍ THƯ CHI BỘ", "Sùng Seo Dình"]),
        ],
        "truth": minute(
            meeting("regular", "2008-01-20", "08:00", "11:00", "nhà đồng chí Thào Seo Chứ, trưởng thôn",
                    "CHI BỘ THÔN NẬM THỐ", "ĐẢNG BỘ XÃ BẢN PHỐ"),
            "Sùng Seo Dình", "Bí thư chi bộ", "Lý Thị Mai",
            attendance(17, 13, 3, 3, 0, 1,
                       [("Lù Seo Chản", "đưa con đi bệnh viện huyện Bắc Hà", True),
                        ("Giàng Thị Mỷ", "bị ốm", True),
                        ("Thào Seo Lử", "đi làm thuê ở Sa Pa chưa về", True)]),
            True,
            [],
            [task("tổ chăn nuôi", "đi kiểm tra từng chuồng trâu, hộ nào chưa làm chuồng thì giúp làm",
                  "ngay trong tuần"),
             task("Thào Seo Chứ", "vận động các hộ dồn rơm cho hộ thiếu", "ngay sau cuộc họp"),
             task("Giàng Seo Phử", "vận động các hộ dồn rơm cho hộ thiếu", "ngay sau cuộc họp"),
             task("Chi đoàn thanh niên", "kiểm tra việc đốt pháo trong thôn", "suốt dịp Tết Mậu Tý"),
             task("Vàng Thị Dua", "cùng cô Mai đến nhà các cháu nghỉ học", "20/02/2008")],
            ["low_attendance", "missing_vote"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# x07 — Hà Nội, 2016: retired members' cell; nobody named in the discussion; never read back. 2 pages.
# =================================================================================================
DOCS.append({
    "name": "x07-hanoi-retirees-2p-no-discussion-not-approved", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 30, "spacing": 1.5, "left": 82,
              "right": 60, "top": 66, "head": "Chi bộ Hưu trí số 2 – sinh hoạt tháng 5/2016", "head_align": "right",
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG NGỌC KHÁNH", "CHI BỘ HƯU TRÍ SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 05 tháng 5 năm 2016"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2016"),
            G(8),
            H("I. THỜI GIAN – ĐỊA ĐIỂM – THÀNH PHẦN"),
            L("Thời gian: từ 8h30 đến 10h45 ngày 05/5/2016."),
            L("Địa điểm: phòng sinh hoạt cộng đồng nhà B4, khu tập thể Ngọc Khánh."),
            L("Tổng số đảng viên: 24 đ/c; miễn sinh hoạt: 05 đ/c (tuổi cao, sức yếu); phải dự: 19 đ/c; có mặt: 18 "
              "đ/c; vắng: 01 đ/c (đ/c Đinh Công Trứ – đang điều trị tại Bệnh viện Hữu Nghị)."),
            L("Chủ trì: đ/c Lưu Đức Thọ – Bí thư chi bộ. Thư ký: đ/c Bùi Thị Kim Dung – Phó Bí thư chi bộ."),
            H("II. NỘI DUNG"),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin: cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các "
              "cấp nhiệm kỳ 2016 – 2021 sẽ diễn ra vào Chủ nhật, ngày 22/5/2016; danh sách cử tri của phường đã "
              "được niêm yết. Hiện tượng cá chết hàng loạt ở vùng biển các tỉnh miền Trung từ đầu tháng 4 đang được "
              "các cơ quan chức năng điều tra nguyên nhân. Đảng ủy phường tiếp tục chỉ đạo học tập Nghị quyết Đại "
              "hội XII của Đảng."),
            H("2. Kết quả tháng 4/2016"),
            P("Chi bộ đã tổ chức cho đảng viên học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết "
              "Đại hội Đảng bộ thành phố Hà Nội lần thứ XVI; 18 đảng viên dự hội nghị cử tri nơi cư trú lấy ý kiến "
              "về người ứng cử; chi ủy đã thăm hỏi 03 đảng viên ốm đau, viếng 01 đảng viên từ trần; Đảng ủy phường "
              "đã duyệt đề nghị tặng Huy hiệu 60 năm tuổi Đảng cho đ/c Nghiêm Văn Cẩn, trao vào dịp 19/5. Hạn "
              "chế: còn 02 đồng chí đóng đảng phí chậm; sổ theo dõi đảng viên miễn sinh hoạt chưa cập nhật."),
            H("3. Nhiệm vụ tháng 5/2016"),
            P("Tuyên truyền, vận động cử tri trong khu dân cư đi bầu cử đầy đủ; tổ chức trao Huy hiệu Đảng đợt "
              "19/5; thăm hỏi đảng viên ốm đau; thu đảng phí đúng kỳ; giữ gìn vệ sinh khu tập thể trong mùa hè."),
            H("4. Thảo luận"),
            P("Các đồng chí dự họp đều nhất trí với báo cáo của chi ủy, không có ý kiến khác. Một vài ý kiến mong "
              "chi ủy quan tâm hơn nữa đến các đồng chí tuổi cao đang sống một mình."),
            H("5. Ý kiến chỉ đạo của đồng chí chủ trì"),
            P("Đồng chí Lưu Đức Thọ nhấn mạnh: tháng 5 có nhiều ngày lễ lớn và có cuộc bầu cử, mỗi đảng viên hưu "
              "trí vừa là cử tri gương mẫu vừa là người tuyên truyền trong gia đình và khu phố; chi bộ phải làm tốt "
              "việc trao Huy hiệu Đảng và chăm lo các đồng chí tuổi cao, ở một mình. Đề nghị đ/c Bùi Thị Kim Dung "
              "phối hợp với tổ trưởng các tổ dân phố kiểm tra việc niêm yết danh sách cử tri, xong trước ngày "
              "12/5/2016; đ/c Lê Hữu Nghĩa và đ/c Cao Thị Thoa chịu trách nhiệm vào thăm đ/c Đinh Công Trứ ngay "
              "trong tuần; việc chuẩn bị lễ trao Huy hiệu cho đ/c Nghiêm Văn Cẩn do đ/c Thọ trực tiếp lo, xong "
              "trước ngày 17/5/2016. Giao Tổ tự quản nhà B4 vận động các hộ trong nhà đi bầu cử đầy đủ."),
            P("Chi bộ biểu quyết thông qua ý kiến chỉ đạo của đồng chí chủ trì: 18/18 đ/c nhất trí."),
            P("Buổi sinh hoạt kết thúc lúc 10h45 cùng ngày."),
            G(4),
            S(["THƯ KÝ", "Bùi Thị Kim Dung"], ["BÍ THƯ", "Lưu Đức Thọ"]),
        ],
        "truth": minute(
            meeting("regular", "2016-05-05", "08:30", "10:45",
                    "phòng sinh hoạt cộng đồng nhà B4, khu tập thể Ngọc Khánh",
                    "CHI BỘ HƯU TRÍ SỐ 2", "ĐẢNG BỘ PHƯỜNG NGỌC KHÁNH"),
            "Lưu Đức Thọ", "Bí thư chi bộ", "Bùi Thị Kim Dung",
            attendance(24, 18, 1, 1, 0, 5, [("Đinh Công Trứ", "đang điều trị tại Bệnh viện Hữu Nghị", True)]),
            True,
            [vote("Ý kiến chỉ đạo của đồng chí chủ trì tháng 5/2016", 18)],
            [task("Bùi Thị Kim Dung", "phối hợp với tổ trưởng các tổ dân phố kiểm tra việc niêm yết danh sách cử "
                  "tri", "12/5/2016"),
             task("Lê Hữu Nghĩa", "vào thăm đ/c Đinh Công Trứ", "ngay trong tuần"),
             task("Cao Thị Thoa", "vào thăm đ/c Đinh Công Trứ", "ngay trong tuần"),
             task("Lưu Đức Thọ", "chuẩn bị lễ trao Huy hiệu cho đ/c Nghiêm Văn Cẩn", "17/5/2016"),
             task("Tổ tự quản nhà B4", "vận động các hộ trong nhà đi bầu cử đầy đủ", None)],
            ["no_discussion", "not_approved"]),
    }],
    "flags": [],
    "scans": [{"name": "x13-hanoi-retirees-scan-bleed", "folder": "test", "damage": "bleed", "seed": 1807,
               "dpi": 200}],
})


# =================================================================================================
# x08 — Phú Yên, 2001: a ward of the district health centre, before the shift; thanks only; task table with
# no deadline column.
# =================================================================================================
DOCS.append({
    "name": "x08-phuyen-health-centre-75min-thanks-only-no-conclusion", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 0, "spacing": 1.25, "left": 74,
              "right": 56, "head": "– {n} –", "head_first": True},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG TÂM Y TẾ TUY AN", "CHI BỘ KHOA NGOẠI – SẢN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy An, ngày 04 tháng 6 năm 2001"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("THÁNG 6 NĂM 2001"),
            G(6),
            L("Thời gian: bắt đầu 7h00, kết thúc 8h15 ngày 04/6/2001 (họp trước giờ giao ban)."),
            L("Địa điểm: phòng giao ban khoa Ngoại – Sản."),
            L("Đảng viên dự họp: 11/12 đồng chí. Vắng 01: BS. Đoàn Văn Lượng trực đêm, nghỉ bù."),
            L("Chủ trì: BS. Nguyễn Hữu Thành, Bí thư chi bộ, Trưởng khoa."),
            L("Thư ký: Y tá trưởng Lê Thị Sương."),
            H("1. Đánh giá công tác tháng 5"),
            L("Khoa đã tiếp nhận 214 lượt bệnh nhân, phẫu thuật 61 ca, đỡ đẻ 47 ca an toàn, không có tai biến; "
              "chuyển viện tỉnh 06 trường hợp đúng chỉ định. Chi bộ đã tổ chức học tập Nghị quyết Đại hội IX của "
              "Đảng cho 100% đảng viên. Tồn tại: vẫn còn bệnh nhân phàn nàn về thái độ của một số điều dưỡng khi "
              "thu viện phí; máy hút dịch phòng mổ hỏng chưa sửa; hồ sơ bệnh án ghi chép chưa đầy đủ."),
            H("2. Phương hướng tháng 6"),
            L("Thực hiện tốt 12 điều y đức; phòng chống dịch sốt xuất huyết mùa hè; bảo đảm cơ số thuốc, dịch "
              "truyền cho trực cấp cứu; tiếp tục học tập Nghị quyết Đại hội IX."),
            H("3. Ý kiến"),
            L("- Đ/c Trần Thị Thanh Vân (nữ hộ sinh): phòng sanh chỉ có 2 bàn, những đêm đông sản phụ phải nằm "
              "ghép, đề nghị khoa xin thêm giường."),
            L("- Đ/c Võ Ngọc Lâm (bác sĩ): máy hút dịch hỏng 3 tuần nay, mổ cấp cứu rất vất vả."),
            L("- Đ/c Lê Thị Sương: điều dưỡng thu viện phí phải giải thích nhiều lần nên có lúc nóng nảy; đề nghị "
              "khoa in bảng giá dán ở hành lang."),
            L("Chi bộ biểu quyết thông qua phương hướng tháng 6: 11/11 đ/c tán thành, không có ý kiến khác."),
            L("Phân công (chi ủy đề xuất, chi bộ thống nhất):"),
            T([(0.07, "TT", "c"), (0.33, "Đảng viên", "l"), (0.60, "Công việc", "l")],
              [["1", "Võ Ngọc Lâm", "Làm tờ trình sửa máy hút dịch phòng mổ, gửi phòng Vật tư"],
               ["2", "Trần Thị Thanh Vân", "Sắp xếp lại phòng sanh, đề xuất số giường cần thêm"],
               ["3", "Lê Thị Sương", "In bảng giá viện phí dán ở hành lang khoa; nhắc nhở điều dưỡng hằng ngày"],
               ["4", "Tổ điều dưỡng", "Diệt lăng quăng, phun thuốc diệt muỗi quanh khu điều trị"]]),
            L("Đ/c chủ trì ghi nhận các ý kiến, cảm ơn các đồng chí và đề nghị mọi người về vị trí nhận ca để kịp "
              "giao ban lúc 8 giờ 30."),
            L("Hội nghị kết thúc lúc 8h15. Biên bản được đọc lại và thông qua."),
            S(["THƯ KÝ", "Lê Thị Sương"], ["CHỦ TRÌ", "Nguyễn Hữu Thành"]),
        ],
        "truth": minute(
            meeting("regular", "2001-06-04", "07:00", "08:15", "phòng giao ban khoa Ngoại – Sản",
                    "CHI BỘ KHOA NGOẠI – SẢN", "ĐẢNG BỘ TRUNG TÂM Y TẾ TUY AN"),
            "Nguyễn Hữu Thành", "Bí thư chi bộ", "Lê Thị Sương",
            attendance(12, 11, 1, 1, 0, 0, [("Đoàn Văn Lượng", "trực đêm, nghỉ bù", True)]),
            False,
            [vote("Phương hướng tháng 6/2001", 11, None, 0)],
            [task("Võ Ngọc Lâm", "Làm tờ trình sửa máy hút dịch phòng mổ, gửi phòng Vật tư", None),
             task("Trần Thị Thanh Vân", "Sắp xếp lại phòng sanh, đề xuất số giường cần thêm", None),
             task("Lê Thị Sương", "In bảng giá viện phí dán ở hành lang khoa; nhắc nhở điều dưỡng hằng ngày", None),
             task("Tổ điều dưỡng", "Diệt lăng quăng, phun thuốc diệt muỗi quanh khu điều trị", None)],
            ["missing_conclusion", "short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# x09 — Quảng Ninh, 2024: a border commune's police cell on a printed form; blanks left; tasks put off.
# =================================================================================================
DOCS.append({
    "name": "x09-quangninh-commune-police-form-dots-no-tasks", "folder": "test",
    "style": {"family": "dvsans", "size": 12, "justify": False, "indent": 0, "spacing": 1.2, "left": 70,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ QUẢNG ĐỨC", "CHI BỘ CÔNG AN XÃ", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Đức, ngày 28 tháng 02 năm 2024"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 02/2024"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 28/02/2024."),
            L("2. Địa điểm: Hội trường Công an xã Quảng Đức."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 09 đồng chí; có mặt: 09 đồng chí; vắng: 0 đồng chí (có lý do: ……; không lý "
              "do: ……)."),
            L("- Chủ trì: Thiếu tá Lỷ Văn Phúc – Bí thư chi bộ, Trưởng Công an xã."),
            L("- Thư ký: Đại úy Trần Minh Hiếu – Chi ủy viên."),
            L("- Khách mời: ……"),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, phổ biến văn bản mới: Luật Căn cước năm 2023 có hiệu lực từ ngày 01/7/2024; "
              "tiếp tục triển khai Đề án 06 của Chính phủ; tình hình an ninh trật tự tuyến biên giới sau Tết "
              "Nguyên đán Giáp Thìn."),
            L("2. Kết quả công tác tháng 02/2024: bảo đảm an toàn các chốt trực Tết, không để xảy ra cháy nổ; phát "
              "hiện, bắt giữ 01 vụ vận chuyển 45 kg pháo nổ qua đường mòn biên giới, bàn giao Công an huyện xử lý; "
              "thu nhận hồ sơ, kích hoạt 126 tài khoản định danh điện tử mức 2; hòa giải thành 02 vụ tranh chấp "
              "đất rừng ở thôn Nà Lý. Hạn chế: tỷ lệ kích hoạt tài khoản ở các thôn vùng cao còn thấp; cập nhật "
              "hồ sơ quản lý cư trú còn chậm."),
            L("3. Nhiệm vụ tháng 3/2024: tuyên truyền phòng chống pháo nổ, buôn lậu qua biên giới; đẩy mạnh cấp "
              "căn cước, định danh điện tử cho đồng bào vùng cao; ra quân đợt cao điểm tấn công trấn áp tội phạm; "
              "phòng cháy rừng trong mùa khô hanh."),
            H("III. THẢO LUẬN"),
            L("- Đại úy Trần Minh Hiếu: nên bố trí thêm ca làm định danh vào ngày phiên chợ để bà con người Dao đi "
              "chợ làm luôn."),
            L("- Thượng úy Chìu Văn Sáng: đường mòn phía sau thôn Nà Lý vẫn có người lạ qua lại ban đêm, cần phối "
              "hợp với Đồn Biên phòng tuần tra chung."),
            L("- Trung úy Đặng Thị Hương: nhiều hộ ở thôn Pò Hèn chưa có điện thoại thông minh, phải hướng dẫn "
              "người thân kích hoạt giúp."),
            H("IV. KẾT LUẬN"),
            L("Đồng chí Bí thư kết luận: chi bộ nhất trí với đánh giá kết quả tháng 02 và nhiệm vụ tháng 3; trọng "
              "tâm là chặn pháo nổ và hàng lậu qua biên giới, hoàn thành chỉ tiêu định danh điện tử, phòng cháy "
              "rừng; bố trí thêm ca làm định danh vào ngày phiên chợ; phối hợp với Đồn Biên phòng tuần tra chung "
              "khu vực thôn Nà Lý."),
            L("Kết quả biểu quyết: 100% đảng viên có mặt tán thành."),
            H("V. TỔ CHỨC THỰC HIỆN"),
            L("Các tổ công tác căn cứ nội dung kết luận xây dựng kế hoạch của tổ mình; chi ủy sẽ phân công cụ thể "
              "từng đồng chí sau khi có kế hoạch cao điểm của Công an huyện. Mỗi đảng viên phát huy vai trò tiên "
              "phong, gương mẫu, hoàn thành tốt nhiệm vụ được giao."),
            L("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và được chi bộ nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "Trần Minh Hiếu"], ["BÍ THƯ", "Lỷ Văn Phúc"]),
        ],
        "truth": minute(
            meeting("regular", "2024-02-28", "14:00", "16:00", "Hội trường Công an xã Quảng Đức",
                    "CHI BỘ CÔNG AN XÃ", "ĐẢNG BỘ XÃ QUẢNG ĐỨC"),
            "Lỷ Văn Phúc", "Bí thư chi bộ", "Trần Minh Hiếu",
            attendance(9, 9, 0, 0, 0, 0),
            True,
            [vote("Kết luận tháng 02/2024", pct=100)],
            [],
            ["missing_assignments", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# x10 — Nam Định, 2007: a Catholic-area hamlet's minute book, Jul–Dec; September not held; the same member
# absent without reason three times.
# =================================================================================================
_NGOC = ("CHI BỘ XÓM 7", "ĐẢNG BỘ XÃ XUÂN NGỌC")

DOCS.append({
    "name": "x10-namdinh-parish-hamlet-book-2007", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25, "left": 76,
              "right": 54, "head": "Sổ biên bản Chi bộ xóm 7 – xã Xuân Ngọc – năm 2007", "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        {   # July 2007
            "blocks": [
                HD(["ĐẢNG BỘ XÃ XUÂN NGỌC", "CHI BỘ XÓM 7", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Ngọc, ngày 12 tháng 7 năm 2007"], bold_left=(1,)),
                G(6),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2007"),
                G(4),
                P("Hồi 19h30 ngày 12 tháng 7 năm 2007, tại nhà văn hóa xóm 7, Chi bộ xóm 7 họp thường kỳ tháng 7."),
                P("Tổng số đảng viên: 16 đồng chí, đ/c Trần Văn Lục được miễn sinh hoạt vì tuổi cao. Có mặt: 14 đồng "
                  "chí. Vắng: 01 đồng chí là đ/c Vũ Văn Khiêm, không lý do."),
                P("Chủ trì: đ/c Trần Văn Chung, Bí thư chi bộ. Thư ký: đ/c Đinh Văn Khang, chi ủy viên."),
                P("1. Thông tin: cuộc bầu cử đại biểu Quốc hội khóa XII ngày 20/5/2007 đã thành công, xã có 99,6% cử "
                  "tri đi bầu; cả nước chuẩn bị kỷ niệm 60 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2007); "
                  "Huyện ủy phát động thi đua xây dựng làng, xóm, giáo họ văn hóa."),
                P("2. Kết quả tháng 6: thu hoạch xong lúa chiêm xuân, năng suất bình quân 63 tạ/ha; cấy xong 100% "
                  "diện tích lúa mùa; xóm phối hợp với Ban hành giáo giáo họ dọn vệ sinh đường làng, khơi thông cống "
                  "rãnh; quỹ đền ơn đáp nghĩa thu được 2.150.000 đồng. Tồn tại: còn 05 hộ chưa nộp thủy lợi phí vụ "
                  "chiêm; một số thanh niên tụ tập uống rượu, đi xe máy gây ồn ào ban đêm."),
                P("3. Thảo luận: đ/c Hoàng Văn Chiến (xóm trưởng) đề nghị khơi thông ngay mương tiêu ra cống Đồng Nê "
                  "vì bèo và rác đã lấp gần kín; đ/c Phạm Thị Hợi cho biết xóm còn 04 gia đình liệt sĩ và 06 thương "
                  "binh, đề nghị chi bộ đến thăm từng nhà chứ không chỉ gửi quà qua xóm."),
                P("4. Đồng chí Bí thư kết luận: chi bộ thống nhất trong tháng 7 tập trung chăm sóc lúa mùa, chuẩn bị "
                  "tiêu úng, tổ chức chu đáo các hoạt động tri ân nhân dịp 27/7. Giao đ/c Phạm Thị Hợi cùng Chi hội "
                  "Cựu chiến binh lập danh sách, tổ chức thăm tặng quà các gia đình thương binh, liệt sĩ, xong trước "
                  "ngày 25/7/2007; đ/c Hoàng Văn Chiến phụ trách huy động lao động khơi thông mương tiêu ra cống Đồng "
                  "Nê trước mùa mưa bão."),
                P("Biểu quyết: 14/14 đồng chí giơ tay, nhất trí 100%."),
                P("Buổi sinh hoạt kết thúc lúc 21h45. Biên bản đã được đọc lại trước chi bộ và được thông qua."),
                S(["THƯ KÝ", "Đinh Văn Khang"], ["BÍ THƯ", "Trần Văn Chung"]),
            ],
            "truth": minute(
                meeting("regular", "2007-07-12", "19:30", "21:45", "nhà văn hóa xóm 7", *_NGOC),
                "Trần Văn Chung", "Bí thư chi bộ", "Đinh Văn Khang",
                attendance(16, 14, 1, 0, 1, 1, [("Vũ Văn Khiêm", "không lý do", False)]),
                True,
                [vote("Kết luận tháng 7/2007", 14, pct=100)],
                [task("Phạm Thị Hợi", "cùng Chi hội Cựu chiến binh lập danh sách, tổ chức thăm tặng quà các gia "
                      "đình thương binh, liệt sĩ", "25/7/2007"),
                 task("Hoàng Văn Chiến", "huy động lao động khơi thông mương tiêu ra cống Đồng Nê", "mùa mưa bão")],
                ["unexcused_absence"]),
        },
        {   # August 2007
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2007"),
                G(4),
                P("Vào lúc 19 giờ 30 phút ngày 14/8/2007, tại nhà văn hóa xóm 7, chi bộ họp thường kỳ tháng 8 do đ/c "
                  "Trần Văn Chung, Bí thư chi bộ chủ trì; đ/c Đinh Văn Khang ghi biên bản."),
                P("Có mặt 14/15 đảng viên phải dự (01 đ/c miễn sinh hoạt). Đ/c Vũ Văn Khiêm vắng, không báo cáo."),
                P("Đ/c Bí thư thông báo: ngày 15/8 giáo xứ tổ chức lễ Đức Mẹ Lên Trời, dự kiến nhiều khách thập "
                  "phương về dự; Trạm Bảo vệ thực vật huyện cảnh báo sâu cuốn lá nhỏ đang nở rộ trên lúa mùa; năm học "
                  "2007 – 2008 khai giảng ngày 05/9."),
                P("Tháng 7, chi bộ và các đoàn thể đã thăm, tặng 10 suất quà cho gia đình thương binh, liệt sĩ (do "
                  "đ/c Hợi phụ trách); mương tiêu ra cống Đồng Nê đã được khơi thông. Hạn chế: đảng viên đi họp còn "
                  "muộn; đ/c Khiêm hai tháng liền vắng họp không báo."),
                P("Ý kiến: đ/c Trần Thị Nhung (chi hội trưởng phụ nữ) nói còn mấy hộ khó khăn chưa sắm được sách vở "
                  "cho con; đ/c Phạm Văn Trác đề nghị phun thuốc trừ sâu đồng loạt theo lịch của hợp tác xã, không "
                  "để hộ nào phun lẻ."),
                P("Đ/c Bí thư tổng hợp ý kiến và kết luận: tháng 8 phải giữ an toàn trật tự trong ngày lễ của giáo "
                  "xứ, bảo vệ lúa mùa khỏi sâu cuốn lá và chuẩn bị cho các cháu vào năm học mới. Đ/c Nguyễn Văn Đoan "
                  "cùng tổ bảo vệ xóm lo giữ trật tự, an toàn giao thông quanh nhà thờ trong dịp lễ 15/8; đề nghị "
                  "đ/c Trần Thị Nhung vận động hội viên giúp các hộ khó khăn sắm đủ sách vở cho con, xong trước ngày "
                  "khai giảng 05/9/2007; chi bộ giao cho tổ khuyến nông xóm theo dõi sâu cuốn lá, báo hợp tác xã "
                  "phun thuốc kịp thời, hằng tuần."),
                P("Biểu quyết: đa số tán thành (13/14 đ/c); 01 đ/c không tán thành."),
                P("Buổi họp kết thúc lúc 21 giờ 30. Biên bản đã đọc lại và được thông qua."),
                S(["THƯ KÝ", "Đinh Văn Khang"], ["BÍ THƯ", "Trần Văn Chung"]),
            ],
            "truth": minute(
                meeting("regular", "2007-08-14", "19:30", "21:30", "nhà văn hóa xóm 7", *_NGOC),
                "Trần Văn Chung", "Bí thư chi bộ", "Đinh Văn Khang",
                attendance(16, 14, 1, 0, 1, 1, [("Vũ Văn Khiêm", "không báo cáo", False)]),
                True,
                [vote("Kết luận tháng 8/2007", 13, 1)],
                [task("Nguyễn Văn Đoan", "cùng tổ bảo vệ xóm lo giữ trật tự, an toàn giao thông quanh nhà thờ",
                      "dịp lễ 15/8"),
                 task("Trần Thị Nhung", "vận động hội viên giúp các hộ khó khăn sắm đủ sách vở cho con",
                      "ngày khai giảng 05/9/2007"),
                 task("tổ khuyến nông xóm", "theo dõi sâu cuốn lá, báo hợp tác xã phun thuốc kịp thời",
                      "hằng tuần")],
                ["unexcused_absence"]),
        },
        {   # October 2007 (September not held)
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2007"),
                G(4),
                P("Hồi 19h30 ngày 10/10/2007, chi bộ họp tại nhà văn hóa xóm 7. Đảng viên phải dự: 15 (miễn sinh "
                  "hoạt 01); có mặt: 14; vắng: 01 – đ/c Đinh Văn Khang đưa bố đi viện. Chi bộ cử đ/c Vũ Thị Huệ ghi "
                  "biên bản thay. Đ/c Trần Văn Chung, Bí thư chi bộ chủ trì."),
                P("Thông tin: do ảnh hưởng của bão số 5 đầu tháng 10, mưa lớn kéo dài làm ngập úng 12 ha lúa mùa "
                  "của xóm, trong đó 3 ha bị đổ; tỉnh có chủ trương hỗ trợ giống cho các hộ bị thiệt hại và khuyến "
                  "khích mở rộng vụ đông trên đất hai lúa."),
                P("Tháng 9 chi bộ không họp được vì tập trung chống úng cho lúa mùa. Kết quả: học sinh của xóm đến "
                  "trường đầy đủ trong ngày khai giảng; lễ Đức Mẹ Lên Trời diễn ra an toàn, không có va chạm giao "
                  "thông."),
                P("Thảo luận: đ/c Phạm Văn Trác (đội trưởng sản xuất) cho biết nếu nước rút trước 20/10 thì xóm có "
                  "thể làm được 15 mẫu vụ đông, chủ yếu là khoai tây và bí xanh; đ/c Bùi Văn Thịnh đề nghị lập danh "
                  "sách các hộ bị đổ lúa để xin hỗ trợ giống."),
                P("Kết luận của đồng chí chủ trì: chi bộ nhất trí lấy vụ đông làm việc trọng tâm của tháng 10 và "
                  "tháng 11, cố gắng đạt 15 mẫu. Việc vận động các hộ trồng vụ đông do đ/c Phạm Văn Trác đảm nhận, "
                  "xong trước 30/10/2007; đ/c Bùi Văn Thịnh được phân công hướng dẫn các hộ bị ngập làm hồ sơ đề nghị "
                  "hỗ trợ giống trong tháng 10."),
                P("Biểu quyết: 14/14 đ/c nhất trí, không ai có ý kiến khác."),
                P("Họp xong lúc 21h35. Biên bản được đọc lại cho chi bộ nghe và thông qua."),
                S(["THƯ KÝ", "Vũ Thị Huệ"], ["BÍ THƯ", "Trần Văn Chung"]),
            ],
            "truth": minute(
                meeting("regular", "2007-10-10", "19:30", "21:35", "nhà văn hóa xóm 7", *_NGOC),
                "Trần Văn Chung", "Bí thư chi bộ", "Vũ Thị Huệ",
                attendance(16, 14, 1, 1, 0, 1, [("Đinh Văn Khang", "đưa bố đi viện", True)]),
                True,
                [vote("Kết luận tháng 10/2007", 14, None, 0)],
                [task("Phạm Văn Trác", "vận động các hộ trồng vụ đông", "30/10/2007"),
                 task("Bùi Văn Thịnh", "hướng dẫn các hộ bị ngập làm hồ sơ đề nghị hỗ trợ giống", "tháng 10")],
                []),
        },
        {   # November 2007, regular + thematic
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2007"),
                C("(Kết hợp sinh hoạt chuyên đề)", bold=False, italic=True),
                L("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về đoàn kết lương – giáo",
                  italic=True),
                G(4),
                P("Thời gian: từ 19h00 đến 21h30 ngày 15/11/2007. Địa điểm: nhà văn hóa xóm 7."),
                P("Tổng số đảng viên: 16, miễn sinh hoạt 01, phải dự 15, có mặt 14. Vắng: đ/c Vũ Văn Khiêm (không "
                  "có lý do)."),
                P("Chủ trì: đ/c Trần Văn Chung – Bí thư chi bộ. Thư ký: đ/c Đinh Văn Khang."),
                P("Phần thứ nhất – sinh hoạt thường kỳ. Tháng 10 xóm trồng được 13,5 mẫu vụ đông, đạt 90% kế hoạch; "
                  "21 hộ bị ngập đã nhận hỗ trợ giống. Tháng 11: chăm sóc cây vụ đông; tổ chức Ngày hội Đại đoàn kết "
                  "toàn dân tộc ở khu dân cư (18/11); chuẩn bị kiểm điểm, đánh giá đảng viên cuối năm."),
                P("Phần thứ hai – sinh hoạt chuyên đề. Đ/c Phạm Thị Hợi, Phó Bí thư chi bộ, trình bày chuyên đề: tư "
                  "tưởng của Bác về đại đoàn kết và tôn trọng tự do tín ngưỡng; liên hệ đường hướng “sống Phúc Âm "
                  "giữa lòng dân tộc” của đồng bào Công giáo và thực tế xóm 7, nơi 78% số hộ theo đạo; nhiều năm nay "
                  "bà con lương, giáo cùng nhau làm đường, xây trường, không để kẻ xấu lợi dụng chia rẽ."),
                P("Các ý kiến: đ/c Lại Thị Thoa kể chuyện hai gia đình lương và giáo trong xóm đỡ đần nhau khi có "
                  "người ốm, đề nghị biểu dương; đ/c Hoàng Văn Chiến đề nghị mời Ban hành giáo cùng dự Ngày hội Đại "
                  "đoàn kết; đ/c Nguyễn Thị Hằng cho rằng đảng viên phải gương mẫu trước, không phân biệt lương, "
                  "giáo trong mọi việc của xóm."),
                P("Đ/c chủ trì tổng hợp và kết luận: chi bộ thống nhất xây dựng kế hoạch làm theo chuyên đề gắn với "
                  "Ngày hội Đại đoàn kết; mỗi đảng viên đăng ký một việc làm cụ thể. Ban công tác Mặt trận xóm chủ trì "
                  "chuẩn bị Ngày hội Đại đoàn kết ở khu dân cư, mời Ban hành giáo cùng dự, xong trước ngày "
                  "17/11/2007; đ/c Trần Văn Chung và đ/c Phạm Thị Hợi gặp đ/c Vũ Văn Khiêm và gia đình để tìm hiểu "
                  "lý do ba kỳ vắng họp, báo cáo chi bộ tại kỳ họp tháng 12."),
                P("Biểu quyết phần sinh hoạt thường kỳ: 14/14 đ/c tán thành. Biểu quyết kế hoạch làm theo chuyên "
                  "đề: 14/14 đ/c tán thành."),
                P("Buổi sinh hoạt kết thúc lúc 21h30. Biên bản đã được đọc lại và thông qua."),
                S(["THƯ KÝ", "Đinh Văn Khang"], ["BÍ THƯ", "Trần Văn Chung"]),
            ],
            "truth": minute(
                meeting("regular", "2007-11-15", "19:00", "21:30", "nhà văn hóa xóm 7", *_NGOC,
                        topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về đoàn kết lương – giáo"),
                "Trần Văn Chung", "Bí thư chi bộ", "Đinh Văn Khang",
                attendance(16, 14, 1, 0, 1, 1, [("Vũ Văn Khiêm", "không có lý do", False)]),
                True,
                [vote("Phần sinh hoạt thường kỳ tháng 11/2007", 14),
                 vote("Kế hoạch làm theo chuyên đề", 14)],
                [task("Ban công tác Mặt trận xóm", "chủ trì chuẩn bị Ngày hội Đại đoàn kết ở khu dân cư, mời Ban "
                      "hành giáo cùng dự", "17/11/2007"),
                 task("Trần Văn Chung", "gặp đ/c Vũ Văn Khiêm và gia đình để tìm hiểu lý do ba kỳ vắng họp, báo "
                      "cáo chi bộ", "kỳ họp tháng 12"),
                 task("Phạm Thị Hợi", "gặp đ/c Vũ Văn Khiêm và gia đình để tìm hiểu lý do ba kỳ vắng họp, báo cáo "
                      "chi bộ", "kỳ họp tháng 12")],
                ["unexcused_absence"]),
        },
        {   # December 2007
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2007"),
                G(4),
                P("Hôm nay, ngày 13/12/2007, hồi 19h00, tại nhà văn hóa xóm 7, chi bộ họp thường kỳ tháng 12. Chủ "
                  "trì: đ/c Trần Văn Chung, Bí thư chi bộ; thư ký: đ/c Đinh Văn Khang."),
                P("Có mặt 15/15 đảng viên phải dự; đ/c Trần Văn Lục miễn sinh hoạt."),
                P("Trước khi vào nội dung chính, đ/c Vũ Văn Khiêm tự kiểm điểm trước chi bộ về việc ba kỳ vắng họp "
                  "không báo cáo, nêu hoàn cảnh phải đi làm ăn xa, hứa từ nay sinh hoạt đầy đủ; chi bộ ghi nhận và "
                  "nhắc nhở."),
                P("Đ/c Bí thư thông báo: giáo xứ tổ chức lễ Giáng sinh đêm 24/12, Ủy ban xã đề nghị các xóm phối hợp "
                  "giữ an ninh trật tự; Đảng ủy xã hướng dẫn kiểm điểm, đánh giá chất lượng đảng viên năm 2007, chi "
                  "bộ sẽ tổ chức vào kỳ họp tháng 01/2008."),
                P("Ý kiến: đ/c Lại Thị Thoa báo cáo còn 03 đảng viên chưa đóng đảng phí quý IV, quỹ xóm mới thu được "
                  "80%; đ/c Bùi Văn Thịnh đề nghị thay bóng đèn đường ở các ngõ trước đêm Giáng sinh vì nhiều bóng đã "
                  "hỏng."),
                P("Thay mặt chi ủy, đồng chí Bí thư kết luận: tháng 12 chi bộ chăm lo để bà con giáo dân đón lễ Giáng "
                  "sinh vui tươi, an toàn; hoàn thành các khoản thu cuối năm; chuẩn bị chu đáo việc kiểm điểm đảng "
                  "viên. Giao đ/c Lại Thị Thoa thu nốt đảng phí và quỹ xóm đến hết năm; Chi đoàn thanh niên xóm dọn "
                  "vệ sinh, thay bóng đèn đường các ngõ, xong trước 22/12/2007; đ/c Hoàng Văn Chiến phối hợp với Ban "
                  "hành giáo giữ trật tự trong đêm Giáng sinh."),
                P("Chi bộ nhất trí cao, 15/15 đ/c giơ tay tán thành."),
                P("Buổi họp kết thúc lúc 21h15 cùng ngày. Biên bản được thông qua trước chi bộ."),
                S(["THƯ KÝ", "Đinh Văn Khang"], ["BÍ THƯ", "Trần Văn Chung"]),
            ],
            "truth": minute(
                meeting("regular", "2007-12-13", "19:00", "21:15", "nhà văn hóa xóm 7", *_NGOC),
                "Trần Văn Chung", "Bí thư chi bộ", "Đinh Văn Khang",
                attendance(16, 15, 0, 0, 0, 1),
                True,
                [vote("Kết luận tháng 12/2007", 15)],
                [task("Lại Thị Thoa", "thu nốt đảng phí và quỹ xóm", "hết năm"),
                 task("Chi đoàn thanh niên xóm", "dọn vệ sinh, thay bóng đèn đường các ngõ", "22/12/2007"),
                 task("Hoàng Văn Chiến", "phối hợp với Ban hành giáo giữ trật tự", "đêm Giáng sinh")],
                []),
        },
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# x14 — Ninh Thuận, 2005: a Chăm village in the drought; scan only (photocopy). Exactly 90 %.
# =================================================================================================
DOCS.append({
    "name": "x14-ninhthuan-cham-village-90pct-scan-photocopy-unexcused", "folder": "test",
    "born_digital": False,
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.2, "left": 72,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHƯỚC HẬU", "CHI BỘ THÔN HIẾU THIỆN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Hậu, ngày 08 tháng 4 năm 2005"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2005"),
            G(6),
            L("Hôm nay, hồi 14h30 ngày 08/4/2005, tại Nhà văn hóa thôn Hiếu Thiện, chi bộ tiến hành sinh hoạt "
              "thường kỳ tháng 4."),
            L("Dự họp có mười tám đồng chí trên tổng số hai mươi đảng viên của chi bộ. Đồng chí Đàng Văn Phải đi "
              "đưa hàng thổ cẩm vào Thành phố Hồ Chí Minh, có báo trước; đồng chí Hán Văn Tình vắng mặt, không có "
              "lý do."),
            L("Đồng chí Quảng Đại Cường – Bí thư chi bộ chủ tọa; đồng chí Phú Thị Mai làm thư ký."),
            L("1. Đồng chí Bí thư thông tin: cả nước kỷ niệm 30 năm Ngày giải phóng miền Nam, thống nhất đất nước "
              "(30/4/1975 – 30/4/2005); tỉnh đang bị hạn hán nặng, nhiều hồ chứa cạn nước, huyện chỉ đạo ngưng gieo "
              "sạ vụ hè thu ở những cánh đồng không chủ động được nước, chuyển sang trồng cây chịu hạn."),
            L("2. Đánh giá tháng 3: thôn đã nhận 2 đợt nước sinh hoạt bằng xe bồn của huyện; vận động được 26 hộ "
              "đào giếng; hỗ trợ 40 hộ nghèo mua thức ăn cho dê, cừu; không có vụ việc mất an ninh trật tự. Hạn "
              "chế: còn một số hộ cho con em nghỉ học đi chăn cừu."),
            L("3. Ý kiến thảo luận: đồng chí Thiên Sanh Cảnh đề nghị xã cho thôn mượn máy bơm dầu để bơm nước "
              "mương về ruộng màu; đồng chí Lưu Quang Sơn nói ruộng cánh đồng phía Bắc đã nứt nẻ, không nên sạ lúa "
              "nữa mà chuyển sang trồng đậu xanh; đồng chí Trượng Thị Nhung phản ánh hai cháu ở xóm dưới nghỉ học "
              "đi chăn cừu."),
            L("Nghe xong các ý kiến, đồng chí Bí thư kết luận ngay: chi bộ thống nhất không sạ lúa hè thu ở cánh "
              "đồng phía Bắc, chuyển sang đậu xanh và bắp; ưu tiên nước giếng cho sinh hoạt. Đồng chí Thiên Sanh "
              "Cảnh liên hệ Ủy ban xã mượn máy bơm, xong trong tuần; Hội Nông dân thôn hướng dẫn bà con làm đất "
              "trồng đậu, trước ngày 20/4/2005; đồng chí Trượng Thị Nhung cùng thầy giáo chủ nhiệm đến gia đình hai "
              "cháu nghỉ học, báo lại chi bộ kỳ họp tháng 5."),
            L("Chi bộ biểu quyết thông qua kết luận: 18/18 đồng chí nhất trí."),
            L("Sinh hoạt kết thúc lúc 17h00 cùng ngày. Biên bản đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Phú Thị Mai"], ["BÍ THƯ CHI BỘ", "Quảng Đại Cường"]),
        ],
        "truth": minute(
            meeting("regular", "2005-04-08", "14:30", "17:00", "Nhà văn hóa thôn Hiếu Thiện",
                    "CHI BỘ THÔN HIẾU THIỆN", "ĐẢNG BỘ XÃ PHƯỚC HẬU"),
            "Quảng Đại Cường", "Bí thư chi bộ", "Phú Thị Mai",
            attendance(20, 18, 2, 1, 1, 0,
                       [("Đàng Văn Phải", "đi đưa hàng thổ cẩm vào Thành phố Hồ Chí Minh", True),
                        ("Hán Văn Tình", "không có lý do", False)]),
            True,
            [vote("Kết luận tháng 4/2005", 18)],
            [task("Thiên Sanh Cảnh", "liên hệ Ủy ban xã mượn máy bơm", "trong tuần"),
             task("Hội Nông dân thôn", "hướng dẫn bà con làm đất trồng đậu", "20/4/2005"),
             task("Trượng Thị Nhung", "cùng thầy giáo chủ nhiệm đến gia đình hai cháu nghỉ học, báo lại chi bộ",
                  "kỳ họp tháng 5")],
            ["unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "x14-ninhthuan-cham-village-90pct-scan-photocopy-unexcused", "folder": "test",
               "damage": "photocopy", "seed": 1814, "dpi": 250}],
})
